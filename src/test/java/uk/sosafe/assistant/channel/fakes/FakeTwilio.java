package uk.sosafe.assistant.channel.fakes;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import tools.jackson.databind.node.ObjectNode;

/**
 * An in-process Twilio REST API on loopback, over real HTTP: takes "create message" calls like Twilio
 * (201 with the recorded payload), or answers with scripted errors (21610, 429, 500), or holds a call
 * open (to stop the service mid-send), or answers every call slowly (a slow platform); records every call
 * with when it arrived. Also signs webhook requests the way Twilio does, for posting to the assistant.
 */
public final class FakeTwilio implements AutoCloseable {

	public static final String ACCOUNT_SID = "AC0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d";

	public static final String AUTH_TOKEN = "f1xtur3-auth-t0ken-not-a-secret";

	public static final String MESSAGING_SERVICE_SID = "MG0c0ffee0c0ffee0c0ffee0c0ffee0c0";

	/** The public base URL the recorded webhook signatures were made for. */
	public static final String PUBLIC_BASE_URL = "https://sosafe.example.org";

	/** One "create message" call: its form parameters, whether it was accepted, and its arrival ({@link System#nanoTime()}). */
	public record Sent(Map<String, String> params, boolean accepted, String sid, long arrivedNanos) {

		public String to() {
			return this.params.get("To");
		}

		public String body() {
			return this.params.get("Body");
		}
	}

	private final LoopbackServer server;

	private final List<Sent> sent = new CopyOnWriteArrayList<>();

	private final Deque<String> scripted = new ConcurrentLinkedDeque<>();

	private final AtomicInteger sids = new AtomicInteger();

	private volatile CountDownLatch hold;

	private volatile CountDownLatch holding;

	/** The hold a call is waiting on now, so {@link #release()} can let it go. */
	private volatile CountDownLatch heldCall;

	private volatile Duration delay = Duration.ZERO;

	public FakeTwilio() {
		this.server = new LoopbackServer(this::handle);
	}

	public String baseUrl() {
		return this.server.baseUrl();
	}

	/** The next create calls get this answer (a JSON error body with its "status"), in order. */
	public void failNext(String errorJson, int times) {
		for (int i = 0; i < times; i++) {
			this.scripted.add(errorJson);
		}
	}

	public void failNextWithFixture(String fixture, int times) {
		failNext(Fixtures.text("twilio/" + fixture), times);
	}

	/** Answers every create call only after this long, as a slow platform would; {@link Duration#ZERO} for at once. */
	public void slowDown(Duration perCall) {
		this.delay = perCall;
	}

	/** Holds the next create call open until {@link #release()}; returns a latch counted down when it arrives. */
	public CountDownLatch holdNext() {
		this.hold = new CountDownLatch(1);
		this.holding = new CountDownLatch(1);
		return this.holding;
	}

	/** Lets the held call go (or cancels a hold that no call has met yet). */
	public void release() {
		for (CountDownLatch held : new CountDownLatch[] { this.hold, this.heldCall }) {
			if (held != null) {
				held.countDown();
			}
		}
	}

	public List<Sent> sent() {
		return List.copyOf(this.sent);
	}

	public List<Sent> deliveredTo(String number) {
		return this.sent.stream().filter(sent -> sent.accepted() && number.equals(sent.to())).toList();
	}

	public List<Sent> await(Predicate<List<Sent>> done, Duration timeout) {
		long end = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < end) {
			List<Sent> now = sent();
			if (done.test(now)) {
				return now;
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new AssertionError("Timed out waiting for texts; saw " + sent().stream().map(Sent::body).toList());
	}

	/** Twilio's signature: Base64(HMAC-SHA1(auth token, URL + each parameter name and value, sorted by name)). */
	public static String sign(String authToken, String url, Map<String, String> params) {
		StringBuilder data = new StringBuilder(url);
		new TreeMap<>(params).forEach((name, value) -> data.append(name).append(value));
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
			return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String formBody(Map<String, String> params) {
		return params.entrySet()
			.stream()
			.map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getPath();
			String expectedAuth = "Basic " + Base64.getEncoder()
				.encodeToString((ACCOUNT_SID + ":" + AUTH_TOKEN).getBytes(StandardCharsets.UTF_8));
			if (!expectedAuth.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
				LoopbackServer.respond(exchange, 401, "{\"code\":20003,\"message\":\"Authenticate\",\"status\":401}");
				return;
			}
			if (!"POST".equals(exchange.getRequestMethod())
					|| !path.equals("/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json")) {
				LoopbackServer.respond(exchange, 404, "{\"code\":20404,\"message\":\"Not found\",\"status\":404}");
				return;
			}
			long arrived = System.nanoTime();
			Map<String, String> params = parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			if (waitIfHeld(params, arrived)) {
				LoopbackServer.respond(exchange, 500, "{\"code\":20500,\"message\":\"held and let go\",\"status\":500}");
				return;
			}
			String error = this.scripted.poll();
			if (!this.delay.isZero()) {
				LoopbackServer.sleep(this.delay.toMillis());
			}
			if (error != null) {
				this.sent.add(new Sent(params, false, null, arrived));
				LoopbackServer.respond(exchange, Fixtures.JSON.readTree(error).path("status").asInt(400), error);
				return;
			}
			String sid = String.format("SM%032x", this.sids.incrementAndGet());
			ObjectNode created = (ObjectNode) Fixtures.json("twilio/create-message-201.json");
			created.put("sid", sid);
			created.put("to", params.get("To"));
			created.put("body", params.get("Body"));
			this.sent.add(new Sent(params, true, sid, arrived));
			LoopbackServer.respond(exchange, 201, created.toString());
		}
	}

	/** Holds this call if asked to: it is recorded as not accepted, and answered 500 once let go. */
	private boolean waitIfHeld(Map<String, String> params, long arrived) {
		CountDownLatch held = this.hold;
		if (held == null) {
			return false;
		}
		this.heldCall = held;
		this.hold = null;
		this.sent.add(new Sent(params, false, null, arrived));
		this.holding.countDown();
		try {
			held.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return true;
	}

	private static Map<String, String> parse(String form) {
		Map<String, String> params = new LinkedHashMap<>();
		for (String pair : form.split("&")) {
			if (!pair.isEmpty()) {
				String[] parts = pair.split("=", 2);
				params.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
						parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
			}
		}
		return params;
	}

	@Override
	public void close() {
		release();
		this.server.close();
	}
}
