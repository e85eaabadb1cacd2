package uk.sosafe.assistant.channel.fakes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import com.sun.net.httpserver.HttpExchange;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An in-process Telegram Bot API on loopback, over real HTTP: serves queued updates to getUpdates with
 * Telegram's offset rules (an update is gone once a later offset is asked for), answers sendMessage like
 * Telegram (or with scripted errors: 429 with retry_after, 403 blocked, or slowly, as a slow platform
 * would), and records every call.
 */
public final class FakeTelegram implements AutoCloseable {

	public static final String TOKEN = "123456:TEST-token-for-the-fake";

	/** One call the bot made: the method (lower case, as the library sends it) and its JSON body. */
	public record Call(String method, JsonNode body, long atNanos) {

		public String text() {
			return this.body.path("text").asString("");
		}

		public String chatId() {
			return this.body.path("chat_id").asString("");
		}
	}

	private final LoopbackServer server;

	private final List<JsonNode> updates = new CopyOnWriteArrayList<>();

	private final List<Call> calls = new CopyOnWriteArrayList<>();

	private final Deque<String> scriptedSendReplies = new ConcurrentLinkedDeque<>();

	private final AtomicInteger messageIds = new AtomicInteger(100);

	private volatile long confirmedOffset;

	private volatile Duration sendDelay = Duration.ZERO;

	public FakeTelegram() {
		this.server = new LoopbackServer(this::handle);
	}

	public String baseUrl() {
		return this.server.baseUrl();
	}

	/** Queues an update for getUpdates. */
	public void deliver(JsonNode update) {
		this.updates.add(update);
	}

	/** Queues a fixture update with its update_id and chat id replaced, so each test has its own resident. */
	public JsonNode deliverFixture(String fixture, long updateId, long chatId) {
		ObjectNode update = (ObjectNode) Fixtures.json("telegram/" + fixture);
		update.put("update_id", updateId);
		update.forEach(part -> {
			if (part.isObject()) {
				rewriteChat((ObjectNode) part, chatId);
			}
		});
		deliver(update);
		return update;
	}

	private static void rewriteChat(ObjectNode node, long chatId) {
		if (node.has("chat")) {
			((ObjectNode) node.get("chat")).put("id", chatId);
		}
		if (node.has("from") && !node.get("from").path("is_bot").asBoolean()) {
			((ObjectNode) node.get("from")).put("id", chatId);
		}
		if (node.has("message") && node.get("message").isObject()) {
			rewriteChat((ObjectNode) node.get("message"), chatId);
		}
	}

	/** The next sendMessage calls get these Telegram answers (fixture names), in order, before normal ones. */
	public void failNextSends(String fixture, int times) {
		for (int i = 0; i < times; i++) {
			this.scriptedSendReplies.add(Fixtures.text("telegram/" + fixture));
		}
	}

	/** The next sendMessage calls get a 429 asking to wait this many seconds. */
	public void throttleNextSends(int retryAfterSeconds, int times) {
		ObjectNode tooMany = (ObjectNode) Fixtures.json("telegram/error-429.json");
		((ObjectNode) tooMany.get("parameters")).put("retry_after", retryAfterSeconds);
		tooMany.put("description", "Too Many Requests: retry after " + retryAfterSeconds);
		for (int i = 0; i < times; i++) {
			this.scriptedSendReplies.add(tooMany.toString());
		}
	}

	/** Answers every sendMessage only after this long; {@link Duration#ZERO} for at once. */
	public void slowDown(Duration perSend) {
		this.sendDelay = perSend;
	}

	public List<Call> calls() {
		return List.copyOf(this.calls);
	}

	public List<Call> calls(String method) {
		return this.calls.stream().filter(call -> call.method().equals(method)).toList();
	}

	/** Messages accepted for a chat (failed attempts are not counted). */
	public List<Call> delivered(long chatId) {
		return calls("sendmessage").stream()
			.filter(call -> call.chatId().equals(String.valueOf(chatId)) && call.body().path("accepted").asBoolean())
			.toList();
	}

	/** Waits until the predicate holds for the calls so far, or fails after the timeout. */
	public List<Call> awaitCalls(Predicate<List<Call>> done, Duration timeout) {
		long end = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < end) {
			List<Call> now = calls();
			if (done.test(now)) {
				return now;
			}
			LoopbackServer.sleep(20);
		}
		throw new AssertionError("Timed out waiting for Telegram calls; saw " + describe(calls()));
	}

	public long confirmedOffset() {
		return this.confirmedOffset;
	}

	private static String describe(List<Call> calls) {
		List<String> lines = new ArrayList<>();
		calls.forEach(call -> lines.add(call.method() + " " + call.chatId() + " " + abbreviate(call.text())));
		return lines.toString();
	}

	private static String abbreviate(String text) {
		return text.length() > 60 ? text.substring(0, 60) + "…" : text;
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getPath();
			String[] segments = path.split("/");
			if (segments.length < 3 || !segments[1].equals("bot" + TOKEN)) {
				LoopbackServer.respond(exchange, 401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
				return;
			}
			String method = segments[2].toLowerCase(Locale.ROOT);
			byte[] raw = exchange.getRequestBody().readAllBytes();
			String contentType = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
			JsonNode body = contentType.startsWith("application/json") && raw.length > 0 ? Fixtures.JSON.readTree(raw)
					: Fixtures.JSON.createObjectNode().put("raw", new String(raw, StandardCharsets.UTF_8));
			switch (method) {
				case "getupdates" -> {
					this.calls.add(new Call(method, body, System.nanoTime()));
					LoopbackServer.respond(exchange, 200, getUpdates(body));
				}
				case "sendmessage" -> sendMessage(exchange, method, body);
				default -> {
					this.calls.add(new Call(method, body, System.nanoTime()));
					LoopbackServer.respond(exchange, 200, "{\"ok\":true,\"result\":true}");
				}
			}
		}
	}

	private void sendMessage(HttpExchange exchange, String method, JsonNode body) throws IOException {
		long arrived = System.nanoTime();
		if (!this.sendDelay.isZero()) {
			LoopbackServer.sleep(this.sendDelay.toMillis());
		}
		String scripted = this.scriptedSendReplies.poll();
		ObjectNode recorded = ((ObjectNode) body).deepCopy();
		recorded.put("accepted", scripted == null);
		int messageId = this.messageIds.incrementAndGet();
		if (scripted == null) {
			recorded.put("message_id_sent", messageId);
		}
		this.calls.add(new Call(method, recorded, arrived));
		if (scripted != null) {
			int code = Fixtures.JSON.readTree(scripted).path("error_code").asInt(400);
			LoopbackServer.respond(exchange, code, scripted);
			return;
		}
		ObjectNode ok = (ObjectNode) Fixtures.json("telegram/send-message-ok.json");
		ObjectNode result = (ObjectNode) ok.get("result");
		result.put("message_id", messageId);
		((ObjectNode) result.get("chat")).put("id", body.path("chat_id").asLong());
		result.put("text", body.path("text").asString(""));
		LoopbackServer.respond(exchange, 200, ok.toString());
	}

	private String getUpdates(JsonNode body) {
		long offset = body.path("offset").asLong(0);
		if (offset > this.confirmedOffset) {
			this.confirmedOffset = offset;
			this.updates.removeIf(update -> update.path("update_id").asLong() < offset);
		}
		long timeoutMillis = Math.min(1_000, body.path("timeout").asLong(0) * 1_000);
		long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
		List<JsonNode> ready = pending(offset);
		while (ready.isEmpty() && System.nanoTime() < end) {
			LoopbackServer.sleep(20);
			ready = pending(offset);
		}
		return "{\"ok\":true,\"result\":" + ready + "}";
	}

	private List<JsonNode> pending(long offset) {
		return this.updates.stream().filter(update -> update.path("update_id").asLong() >= offset).limit(100).toList();
	}

	@Override
	public void close() {
		this.server.close();
	}
}
