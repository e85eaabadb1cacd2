package uk.sosafe.assistant.channel.sms;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.sosafe.assistant.SosafeAssistantApplication;
import uk.sosafe.assistant.channel.fakes.FakeTwilio;
import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.Lane;
import uk.sosafe.assistant.conversation.spi.Outbox;
import uk.sosafe.assistant.conversation.spi.Reply;
import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.conversation.spi.Residents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service stopped while Twilio holds a send open (the row is SENDING, the outcome never recorded),
 * then started again on the same database: the safety reply is sent again (a duplicate is better than
 * silence), the campaign message is marked UNCERTAIN and not resent (a missed one is better than a double),
 * and nothing queued behind them is lost.
 */
class CrashRecoveryTest {

	private final FakeTwilio twilio = new FakeTwilio();

	@TempDir
	Path data;

	private ConfigurableApplicationContext running;

	@AfterEach
	void stop() {
		this.twilio.close();
		if (this.running != null) {
			this.running.close();
		}
	}

	@Test
	void aSafetyReplyCaughtMidSendIsResentAndNothingIsLost() throws Exception {
		ConfigurableApplicationContext first = start();
		var held = this.twilio.holdNext();
		signedText(first, "+447700900501", "someone is trying to break in to my flat right now");
		assertThat(held.await(20, TimeUnit.SECONDS)).as("the 999 reply reached Twilio").isTrue();
		signedText(first, "+447700900502", "what is cuckooing");
		awaitInboxDone(first, 2);

		first.close();
		ConfigurableApplicationContext second = start();

		awaitTexts(2);
		List<FakeTwilio.Sent> sent = this.twilio.sent();
		assertThat(sent.stream().filter(text -> text.to().equals("+447700900501")).count())
			.as("the held 999 reply and its resend").isEqualTo(2);
		assertThat(sent.stream().filter(text -> text.accepted() && text.to().equals("+447700900501")).findFirst()
			.orElseThrow().body()).startsWith("If you or someone else is in danger now, call 999.");
		assertThat(this.twilio.deliveredTo("+447700900502")).hasSize(1);
		awaitStatuses(second, List.of("SENT", "SENT"));
		assertThat(statuses(second)).containsOnly("SENT");
	}

	@Test
	void aCampaignMessageCaughtMidSendIsMarkedUncertainAndNotResent() throws Exception {
		ConfigurableApplicationContext first = start();
		ResidentId resident = first.getBean(Residents.class).resolve(Channel.SMS, "+447700900503");
		var held = this.twilio.holdNext();
		first.getBean(Outbox.class).enqueue(resident, List.of(Reply.text("Campaign: know the signs")), Lane.CAMPAIGN);
		assertThat(held.await(20, TimeUnit.SECONDS)).isTrue();
		first.getBean(Outbox.class).enqueue(resident, List.of(Reply.text("Campaign: part two")), Lane.CAMPAIGN);

		first.close();
		ConfigurableApplicationContext second = start();

		awaitTexts(1);
		awaitStatuses(second, List.of("UNCERTAIN", "SENT"));
		Thread.sleep(1_000);
		assertThat(this.twilio.sent()).extracting(FakeTwilio.Sent::body)
			.containsExactly("Campaign: know the signs", "Campaign: part two");
		assertThat(statuses(second)).containsExactly("UNCERTAIN", "SENT");
	}

	private ConfigurableApplicationContext start() {
		this.running = new SpringApplicationBuilder(SosafeAssistantApplication.class).run(
				"--server.port=0",
				"--sosafe.data-dir=" + this.data,
				"--SOSAFE_ADMIN_PASSWORD=correct horse battery staple",
				"--TWILIO_ACCOUNT_SID=" + FakeTwilio.ACCOUNT_SID,
				"--TWILIO_AUTH_TOKEN=" + FakeTwilio.AUTH_TOKEN,
				"--TWILIO_MESSAGING_SERVICE_SID=" + FakeTwilio.MESSAGING_SERVICE_SID,
				"--sosafe.sms.api-base-url=" + this.twilio.baseUrl(),
				"--sosafe.public-base-url=" + FakeTwilio.PUBLIC_BASE_URL,
				"--sosafe.knowledge.reload-check=0s",
				"--sosafe.outbox.send-lease=1s");
		return this.running;
	}

	private void awaitTexts(int accepted) throws InterruptedException {
		long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (this.twilio.sent().stream().filter(FakeTwilio.Sent::accepted).count() < accepted && System.nanoTime() < end) {
			Thread.sleep(20);
		}
	}

	private static void awaitInboxDone(ConfigurableApplicationContext app, int count) throws InterruptedException {
		JdbcClient jdbc = app.getBean(JdbcClient.class);
		long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (jdbc.sql("SELECT COUNT(*) FROM inbox WHERE status = 'DONE'").query(Long.class).single() < count
				&& System.nanoTime() < end) {
			Thread.sleep(20);
		}
	}

	private static void awaitStatuses(ConfigurableApplicationContext app, List<String> expected) throws InterruptedException {
		long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (!statuses(app).equals(expected) && System.nanoTime() < end) {
			Thread.sleep(20);
		}
	}

	private static List<String> statuses(ConfigurableApplicationContext app) {
		return app.getBean(JdbcClient.class).sql("SELECT status FROM outbox ORDER BY id").query(String.class).list();
	}

	private static void signedText(ConfigurableApplicationContext app, String from, String body) throws Exception {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("MessageSid", "SMcrash" + from.substring(1) + body.length());
		params.put("From", from);
		params.put("To", "+447700900999");
		params.put("Body", body);
		int port = ((WebServerApplicationContext) app).getWebServer().getPort();
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/channels/sms/inbound"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Twilio-Signature",
					FakeTwilio.sign(FakeTwilio.AUTH_TOKEN, FakeTwilio.PUBLIC_BASE_URL + "/channels/sms/inbound", params))
			.POST(HttpRequest.BodyPublishers.ofString(FakeTwilio.formBody(params)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
	}
}
