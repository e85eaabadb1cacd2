package uk.sosafe.assistant.channel.telegram;

import java.net.http.HttpRequest;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.sosafe.assistant.HttpTest;
import uk.sosafe.assistant.channel.fakes.FakeTelegram;
import uk.sosafe.assistant.channel.fakes.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/** Telegram in webhook mode: the webhook registered with its secret at start, and only signed posts taken. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "SOSAFE_ADMIN_PASSWORD=" + HttpTest.ADMIN_PASSWORD, "sosafe.knowledge.reload-check=0s" })
class TelegramWebhookTest extends HttpTest {

	private static final FakeTelegram TELEGRAM = new FakeTelegram();

	private static final String SECRET = "webhook-secret-for-tests_0123456789";

	private static final String PATH = "/channels/telegram/webhook";

	private static final java.nio.file.Path DATA = temporaryFolder("sosafe-webhook-");

	@DynamicPropertySource
	static void webhook(DynamicPropertyRegistry registry) {
		registry.add("sosafe.data-dir", DATA::toString);
		registry.add("TELEGRAM_BOT_TOKEN", () -> FakeTelegram.TOKEN);
		registry.add("TELEGRAM_WEBHOOK_SECRET", () -> SECRET);
		registry.add("sosafe.telegram.api-base-url", TELEGRAM::baseUrl);
		registry.add("sosafe.telegram.webhook-url", () -> "https://sosafe.example.org" + PATH);
	}

	@Test
	void theWebhookIsRegisteredWithItsSecretAndNoPollingHappens() {
		var registered = TELEGRAM.awaitCalls(calls -> calls.stream().anyMatch(call -> call.method().equals("setwebhook")),
				Duration.ofSeconds(10));

		String form = registered.stream().filter(call -> call.method().equals("setwebhook")).findFirst().orElseThrow()
			.body().path("raw").asString();
		assertThat(form).contains("https://sosafe.example.org" + PATH).contains(SECRET);
		assertThat(TELEGRAM.calls("getupdates")).isEmpty();
	}

	@Test
	void aSignedUpdateIsAnsweredOnceHoweverOftenItIsPosted() {
		long chat = 700_000_001L;
		String update = update(810_000_001L, chat, "what are the signs of cuckooing");

		assertThat(postUpdate(update, SECRET).status()).isEqualTo(200);
		assertThat(postUpdate(update, SECRET).status()).isEqualTo(200);

		TELEGRAM.awaitCalls(calls -> !TELEGRAM.delivered(chat).isEmpty(), Duration.ofSeconds(10));
		sleep(1_200);
		assertThat(TELEGRAM.delivered(chat)).hasSize(1);
	}

	@Test
	void aMissingOrWrongSecretIsRefusedAndNothingIsStored() {
		long before = inboxRows();

		assertThat(postUpdate(update(810_000_002L, 700_000_002L, "hello"), null).status()).isEqualTo(403);
		assertThat(postUpdate(update(810_000_003L, 700_000_002L, "hello"), SECRET + "x").status()).isEqualTo(403);
		assertThat(postUpdate(update(810_000_004L, 700_000_002L, "hello"), "").status()).isEqualTo(403);

		assertThat(inboxRows()).isEqualTo(before);
	}

	@Test
	void badBodiesGetAClearRefusalAndUnknownKindsAreSkipped() {
		Response malformed = postUpdate("{\"update_id\": 1, \"message\": ", SECRET);
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.json().path("message").asString()).isNotBlank();
		assertThat(postUpdate("", SECRET).status()).isEqualTo(400);
		assertThat(postUpdate("[]", SECRET).status()).isEqualTo(400);
		assertThat(postUpdate("{\"message\": {}}", SECRET).status()).isEqualTo(400);
		assertThat(postUpdate("{\"update_id\": 810000009, \"chosen_inline_query\": {\"query\": \"x\"}}", SECRET).status())
			.isEqualTo(200);
		Response wrongType = send(HttpRequest.newBuilder(uri(PATH)).header("Content-Type", "text/plain")
			.header("X-Telegram-Bot-Api-Secret-Token", SECRET).POST(HttpRequest.BodyPublishers.ofString("hello")));
		assertThat(wrongType.status()).isEqualTo(415);
		assertThat(wrongType.body()).doesNotContain("Exception");
		String huge = update(810_000_010L, 700_000_003L, "a".repeat(200_000));
		assertThat(postUpdate(huge, SECRET).status()).isEqualTo(200);
		TELEGRAM.awaitCalls(calls -> !TELEGRAM.delivered(700_000_003L).isEmpty(), Duration.ofSeconds(10));
	}

	private Response postUpdate(String json, String secret) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(PATH)).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (secret != null) {
			request.header("X-Telegram-Bot-Api-Secret-Token", secret);
		}
		return send(request);
	}

	private static String update(long updateId, long chat, String text) {
		ObjectNode update = (ObjectNode) Fixtures.json("telegram/private-text-message.json");
		update.put("update_id", updateId);
		ObjectNode message = (ObjectNode) update.get("message");
		((ObjectNode) message.get("chat")).put("id", chat);
		((ObjectNode) message.get("from")).put("id", chat);
		message.put("text", text);
		return update.toString();
	}

	private long inboxRows() {
		return this.jdbc.sql("SELECT COUNT(*) FROM inbox").query(Long.class).single();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
