package uk.sosafe.assistant.channel;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.sosafe.assistant.HttpTest;
import uk.sosafe.assistant.channel.fakes.FakeTelegram;
import uk.sosafe.assistant.channel.fakes.FakeTelegram.Call;
import uk.sosafe.assistant.channel.fakes.FakeTwilio;
import uk.sosafe.assistant.channel.fakes.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the channel journeys: the whole assistant with Telegram (long polling) and SMS switched on,
 * both pointed at in-process fake platforms on loopback, on its own SQLite file.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "SOSAFE_ADMIN_PASSWORD=" + HttpTest.ADMIN_PASSWORD, "sosafe.knowledge.reload-check=0s" })
public abstract class ChannelApplicationTest extends HttpTest {

	protected static final FakeTelegram TELEGRAM = new FakeTelegram();

	protected static final FakeTwilio TWILIO = new FakeTwilio();

	private static final Path DATA = temporaryFolder("sosafe-channels-");

	private static final AtomicInteger SIDS = new AtomicInteger();

	/**
	 * Update ids (and chat ids where a test needs a fresh one), shared by every test on the fake: Telegram's
	 * update ids only grow, and the long-polling offset skips any lower one.
	 */
	protected static final AtomicLong IDS = new AtomicLong(900_000_000L);

	@DynamicPropertySource
	static void channels(DynamicPropertyRegistry registry) {
		registry.add("sosafe.data-dir", DATA::toString);
		registry.add("TELEGRAM_BOT_TOKEN", () -> FakeTelegram.TOKEN);
		registry.add("sosafe.telegram.api-base-url", TELEGRAM::baseUrl);
		registry.add("TWILIO_ACCOUNT_SID", () -> FakeTwilio.ACCOUNT_SID);
		registry.add("TWILIO_AUTH_TOKEN", () -> FakeTwilio.AUTH_TOKEN);
		registry.add("TWILIO_MESSAGING_SERVICE_SID", () -> FakeTwilio.MESSAGING_SERVICE_SID);
		registry.add("sosafe.sms.api-base-url", TWILIO::baseUrl);
		registry.add("sosafe.public-base-url", () -> FakeTwilio.PUBLIC_BASE_URL);
	}


	protected static void await(BooleanSupplier done, Duration timeout, String what) {
		long end = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < end) {
			if (done.getAsBoolean()) {
				return;
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new AssertionError("Timed out waiting for " + what);
	}

	/** A resident's text, as Twilio would post it, signed; the webhook must take it. */
	protected void textIn(String number, String body) {
		Response response = postSigned("/channels/sms/inbound", inbound(number, body));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
	}

	/** The recorded inbound webhook's parameters with a fresh MessageSid, this sender and body. */
	protected static Map<String, String> inbound(String from, String body) {
		Map<String, String> params = new LinkedHashMap<>();
		Fixtures.json("twilio/webhooks.json").path("requests").path("inbound-question").path("params")
			.properties().forEach(entry -> params.put(entry.getKey(), entry.getValue().asString()));
		String sid = String.format("SMtest%026d", SIDS.incrementAndGet());
		params.put("MessageSid", sid);
		params.put("SmsMessageSid", sid);
		params.put("SmsSid", sid);
		params.put("From", from);
		params.put("Body", body);
		return params;
	}

	protected Response postSigned(String path, Map<String, String> params) {
		return postForm(path, FakeTwilio.formBody(params),
				FakeTwilio.sign(FakeTwilio.AUTH_TOKEN, FakeTwilio.PUBLIC_BASE_URL + path, params));
	}

	protected Response postForm(String path, String body, String signature) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (signature != null) {
			request.header("X-Twilio-Signature", signature);
		}
		return send(request);
	}

	/** A text message from a Telegram user in their private chat with the bot, with a fresh update id. */
	protected static ObjectNode telegramText(long chat, int messageId, String text) {
		ObjectNode update = (ObjectNode) Fixtures.json("telegram/private-text-message.json");
		update.put("update_id", IDS.incrementAndGet());
		ObjectNode message = (ObjectNode) update.get("message");
		message.put("message_id", messageId);
		((ObjectNode) message.get("chat")).put("id", chat);
		((ObjectNode) message.get("from")).put("id", chat);
		message.put("text", text);
		return update;
	}

	/** A press of a button with this value, by {@code user}, on a message in {@code chat} (private or a group). */
	protected static ObjectNode telegramPress(long user, long chat, String data) {
		ObjectNode update = (ObjectNode) Fixtures.json("telegram/callback-query.json");
		update.put("update_id", IDS.incrementAndGet());
		ObjectNode query = (ObjectNode) update.get("callback_query");
		query.put("id", "cb" + update.get("update_id").asLong());
		query.put("data", data);
		((ObjectNode) query.get("from")).put("id", user);
		ObjectNode chatNode = (ObjectNode) query.get("message").get("chat");
		chatNode.put("id", chat);
		if (chat < 0) {
			chatNode.put("type", "supergroup");
			chatNode.put("title", "Case alerts");
			chatNode.remove("first_name");
		}
		return update;
	}

	/** Waits until the bot has sent {@code chat} a message that {@code wanted} accepts, and returns the first such. */
	protected static Call awaitTelegram(long chat, Predicate<Call> wanted) {
		TELEGRAM.awaitCalls(calls -> TELEGRAM.delivered(chat).stream().anyMatch(wanted), Duration.ofSeconds(20));
		return TELEGRAM.delivered(chat).stream().filter(wanted).findFirst().orElseThrow();
	}

	/** The values of a Telegram message's inline buttons, row by row. */
	protected static List<String> buttons(Call call) {
		return call.body().path("reply_markup").path("inline_keyboard").valueStream()
			.flatMap(JsonNode::valueStream)
			.map(button -> button.path("callback_data").asString())
			.toList();
	}
}
