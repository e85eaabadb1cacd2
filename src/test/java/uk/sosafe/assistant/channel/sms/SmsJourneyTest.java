package uk.sosafe.assistant.channel.sms;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import uk.sosafe.assistant.channel.ChannelApplicationTest;
import uk.sosafe.assistant.channel.fakes.FakeTwilio;
import uk.sosafe.assistant.channel.fakes.FakeTwilio.Sent;
import uk.sosafe.assistant.channel.fakes.Fixtures;
import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.Lane;
import uk.sosafe.assistant.conversation.spi.Outbox;
import uk.sosafe.assistant.conversation.spi.Reply;
import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.conversation.spi.Residents;

import static org.assertj.core.api.Assertions.assertThat;

/** Residents texting the assistant through signed Twilio webhooks; replies go to a fake Twilio on loopback. */
@ExtendWith(OutputCaptureExtension.class)
class SmsJourneyTest extends ChannelApplicationTest {

	private static final Duration WAIT = Duration.ofSeconds(15);

	private static final AtomicInteger NUMBERS = new AtomicInteger(100);

	@Autowired
	Outbox outbox;

	@Autowired
	Residents residents;

	@Test
	void numbersAndTextsNeverReachTheLogs(CapturedOutput output) {
		String number = newNumber();
		textIn(number, "my neighbour quixotically sells drugs from flat 12");
		awaitTexts(number, 1);
		textIn(number, "STOP");
		awaitTexts(number, 2);
		TWILIO.failNextWithFixture("error-21610.json", 1);
		textIn(number, "START");
		await(() -> TWILIO.sent().stream().anyMatch(sent -> !sent.accepted() && number.equals(sent.to())), WAIT,
				"the refused text");

		assertThat(output.getAll()).doesNotContain(number).doesNotContain(number.substring(1))
			.doesNotContain("quixotically");
	}

	@Test
	void twilioBeingUnreachableShowsInTheChannelsHealthButNeverInTheRootStatus() {
		String number = newNumber();
		TWILIO.failNext("{\"code\":20500,\"message\":\"Internal Server Error\",\"status\":500}", 4);

		textIn(number, "what is cuckooing");

		await(() -> get("/actuator/health/channels").json().path("components").path("sms").path("status").asString()
			.equals("UNKNOWN"), WAIT, "the failure to show");
		JsonNode sms = get("/actuator/health/channels").json().path("components").path("sms");
		assertThat(sms.path("details").path("reachable").asBoolean()).isFalse();
		assertThat(sms.path("details").path("lastFailureKind").asString()).contains("500");
		assertThat(get("/actuator/health").json().path("status").asString()).isEqualTo("UP");
		awaitTexts(number, 1);
		await(() -> get("/actuator/health/channels").json().path("components").path("sms").path("status").asString()
			.equals("UP"), WAIT, "the recovery to show");
		assertThat(get("/actuator/health/channels").json().path("components").path("telegram").path("status").asString())
			.isEqualTo("UP");
	}

	@Test
	void theRecordedWebhookIsAcceptedAsTwilioSignedItAndAnsweredWithEmptyTwiml() {
		JsonNode recorded = Fixtures.json("twilio/webhooks.json").path("requests").path("inbound-question");

		Response response = send(HttpRequest.newBuilder(uri("/channels/sms/inbound"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Twilio-Signature", recorded.path("X-Twilio-Signature").asString())
			.POST(HttpRequest.BodyPublishers.ofString(recorded.path("formBody").asString())));

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Content-Type")).startsWith("text/xml");
		assertThat(response.body()).contains("<Response></Response>");
		List<Sent> replies = TWILIO.await(sent -> !TWILIO.deliveredTo("+447700900123").isEmpty(), WAIT);
		Sent reply = TWILIO.deliveredTo("+447700900123").get(0);
		assertThat(reply.body()).containsIgnoringCase("scam");
		assertThat(reply.params()).containsEntry("MessagingServiceSid", FakeTwilio.MESSAGING_SERVICE_SID)
			.containsEntry("StatusCallback", FakeTwilio.PUBLIC_BASE_URL + "/channels/sms/status");
		assertThat(replies).isNotEmpty();
	}

	@Test
	void aResidentPicksAnOptionByNumber() {
		String number = newNumber();
		textIn(number, "menu");
		Sent menu = awaitTexts(number, 1).get(0);
		assertThat(menu.body()).contains("Reply with a number:").contains("\n1 ").contains("\n2 ");

		textIn(number, " 2 ");

		Sent topic = awaitTexts(number, 2).get(1);
		String session = openSession();
		JsonNode webMenu = say(session, "menu").json().path("replies").get(0).path("options");
		JsonNode webTopic = choose(session, webMenu.get(1).path("value").asString()).json().path("replies").get(0);
		assertThat(numberedLines(topic.body())).as("the same choices as the second option gives on the web")
			.isEqualTo(webTopic.path("options").findValuesAsString("label"));
	}

	private static List<String> numberedLines(String text) {
		return text.substring(text.indexOf("Reply with a number:")).lines().skip(1)
			.map(line -> line.replaceFirst("^\\d+ ", "")).toList();
	}

	@Test
	void anAnswerIsOneShortTextAndTellMeMoreSendsTheWholeArticle() {
		String number = newNumber();
		textIn(number, "what is a hate crime");
		Sent answer = awaitTexts(number, 1).get(0);
		assertThat(SmsText.segments(answer.body())).as(answer.body()).isLessThanOrEqualTo(3);
		assertThat(answer.body()).contains("1 Tell me more");

		textIn(number, "1");

		await(() -> TWILIO.deliveredTo(number).size() >= 3, WAIT, "the whole article, in several texts");
		List<Sent> more = TWILIO.deliveredTo(number).subList(1, TWILIO.deliveredTo(number).size());
		more.forEach(sent -> assertThat(SmsText.segments(sent.body())).isLessThanOrEqualTo(3));
		assertThat(more.stream().mapToInt(sent -> sent.body().length()).sum()).isGreaterThan(answer.body().length());
	}

	@Test
	void everyTextStaysWithinThreeSegments() {
		String number = newNumber();
		textIn(number, "what are the signs of cuckooing");
		textIn(number, "how do i report a scam text");
		textIn(number, "someone is hitting me");

		awaitTexts(number, 3).forEach(sent -> assertThat(SmsText.segments(sent.body())).as(sent.body()).isLessThanOrEqualTo(3));
	}

	@Test
	void aDomesticAbuseDisclosureByTextIsAnsweredDiscreetly() {
		String number = newNumber();
		textIn(number, "my husband hits me when he drinks and i'm scared of him");

		String reply = awaitTexts(number, 1).get(0).body();

		assertThat(reply).contains("0808 2000 247").contains("999").contains("delete these texts")
			.contains("Pass this to the SoSafe team");
		assertThat(reply).doesNotContainIgnoringCase("abuse").doesNotContainIgnoringCase("domestic")
			.doesNotContainIgnoringCase("husband").doesNotContainIgnoringCase("violence");
	}

	@Test
	void aRepeatedWebhookIsAnsweredOnce() {
		String number = newNumber();
		Map<String, String> params = inbound(number, "what is county lines");

		assertThat(postSigned("/channels/sms/inbound", params).status()).isEqualTo(200);
		assertThat(postSigned("/channels/sms/inbound", params).status()).isEqualTo(200);

		awaitTexts(number, 1);
		sleep(1_500);
		assertThat(TWILIO.deliveredTo(number)).hasSize(1);
	}

	@Test
	void stopGetsOneConfirmationThenSilenceAndStartRestoresReplies() {
		String number = newNumber();
		textIn(number, "STOP");
		Sent confirmation = awaitTexts(number, 1).get(0);
		assertThat(confirmation.body()).contains("START").contains("999");

		textIn(number, "what is cuckooing");
		ResidentId resident = this.residents.find(Channel.SMS, number).orElseThrow();
		this.outbox.enqueue(resident, List.of(Reply.text("Campaign: scams at the door")), Lane.CAMPAIGN);
		await(() -> "FAILED".equals(lastStatus(resident, Lane.CAMPAIGN)), WAIT, "the campaign text to be refused");
		await(() -> inboxDone(resident) == 2, WAIT, "the question to be handled");
		assertThat(TWILIO.deliveredTo(number)).hasSize(1);

		textIn(number, "start");
		assertThat(awaitTexts(number, 2).get(1).body()).contains("back on");
		textIn(number, "what is cuckooing");
		assertThat(awaitTexts(number, 3).get(2).body()).containsIgnoringCase("cuckoo");
	}

	@Test
	void everyCarrierStopWordOptsOutAndHelpSaysHowToStop() {
		for (String word : List.of("stopall", "UNSUBSCRIBE", "Cancel", "end", "QUIT", "revoke", "OPTOUT", "stop.")) {
			String number = newNumber();
			textIn(number, word);
			awaitTexts(number, 1);
			ResidentId resident = this.residents.find(Channel.SMS, number).orElseThrow();
			assertThat(this.residents.isOptedOut(resident)).as(word).isTrue();
		}
		String number = newNumber();
		textIn(number, "HELP");
		assertThat(awaitTexts(number, 1).get(0).body()).contains("STOP").contains("999").contains("automated");
	}

	@Test
	void error21610WhenSendingMarksTheNumberOptedOut() {
		String number = newNumber();
		TWILIO.failNextWithFixture("error-21610.json", 1);
		textIn(number, "what is cuckooing");

		ResidentId resident = await(number);
		await(() -> this.residents.isOptedOut(resident), WAIT, "the opt-out to be recorded");
		await(() -> "FAILED".equals(lastStatus(resident, Lane.REPLY)), WAIT, "the reply to be marked failed");
	}

	@Test
	void forgedUnsignedAndTamperedWebhooksGet403AndChangeNothing() {
		String number = newNumber();
		Map<String, String> params = inbound(number, "what is cuckooing");
		String body = FakeTwilio.formBody(params);
		String goodSignature = FakeTwilio.sign(FakeTwilio.AUTH_TOKEN, FakeTwilio.PUBLIC_BASE_URL + "/channels/sms/inbound", params);
		long before = inboxRows();

		assertThat(postForm("/channels/sms/inbound", body, null).status()).isEqualTo(403);
		assertThat(postForm("/channels/sms/inbound", body, "bm90IGEgc2lnbmF0dXJl").status()).isEqualTo(403);
		assertThat(postForm("/channels/sms/inbound", body.replace("cuckooing", "county+lines"), goodSignature).status())
			.isEqualTo(403);
		assertThat(postForm("/channels/sms/inbound", body,
				FakeTwilio.sign("some-other-token", FakeTwilio.PUBLIC_BASE_URL + "/channels/sms/inbound", params)).status())
			.isEqualTo(403);
		Response forged = postForm("/channels/sms/status", body, null);

		assertThat(forged.status()).isEqualTo(403);
		assertThat(forged.json().path("message").asString()).contains("not signed");
		assertThat(inboxRows()).isEqualTo(before);
		assertThat(this.residents.find(Channel.SMS, number)).isEmpty();
	}

	@Test
	void badInputGetsAClearRefusalNeverAServerError() {
		Map<String, String> noSid = new LinkedHashMap<>(inbound(newNumber(), "hello"));
		noSid.remove("MessageSid");
		Map<String, String> badFrom = new LinkedHashMap<>(inbound("not-a-number", "hello"));

		assertThat(postSigned("/channels/sms/inbound", noSid).status()).isEqualTo(400);
		assertThat(postSigned("/channels/sms/inbound", badFrom).status()).isEqualTo(400);
		assertThat(post("/channels/sms/inbound", "application/json", "{\"Body\":\"hi\"}").status()).isEqualTo(415);
		assertThat(post("/channels/sms/inbound", "application/x-www-form-urlencoded", "").status()).isEqualTo(403);
		assertThat(post("/channels/sms/inbound", "application/x-www-form-urlencoded", "x=" + "a".repeat(300_000)).status())
			.isEqualTo(413);
		Response garbled = post("/channels/sms/inbound", "application/x-www-form-urlencoded", "%%%&&&=%zz");
		assertThat(garbled.status()).isBetween(400, 499);
		assertThat(garbled.body()).doesNotContain("Exception");
	}

	@Test
	void unicodeTextsAreAnswered() {
		String number = newNumber();
		textIn(number, "Ktoś zabrał mój telefon 😢 co robić?");

		assertThat(awaitTexts(number, 1).get(0).body()).isNotBlank();
	}

	@Test
	void statusCallbacksOnlyMoveAMessageForward() {
		String number = newNumber();
		textIn(number, "what is cuckooing");
		Sent reply = awaitTexts(number, 1).get(0);
		ResidentId resident = await(number);
		await(() -> "SENT".equals(lastStatus(resident, Lane.REPLY)), WAIT, "the reply to be recorded as sent");

		assertThat(postSigned("/channels/sms/status", status(reply.sid(), number, "delivered")).status()).isEqualTo(204);
		assertThat(lastStatus(resident, Lane.REPLY)).isEqualTo("DELIVERED");
		assertThat(postSigned("/channels/sms/status", status(reply.sid(), number, "sent")).status()).isEqualTo(204);
		assertThat(postSigned("/channels/sms/status", status(reply.sid(), number, "undelivered")).status()).isEqualTo(204);

		assertThat(lastStatus(resident, Lane.REPLY)).isEqualTo("DELIVERED");
	}

	private ResidentId await(String number) {
		await(() -> this.residents.find(Channel.SMS, number).isPresent(), WAIT, "the resident");
		return this.residents.find(Channel.SMS, number).orElseThrow();
	}

	private static Map<String, String> status(String sid, String to, String status) {
		Map<String, String> params = new LinkedHashMap<>();
		Fixtures.json("twilio/webhooks.json").path("requests").path("status-delivered").path("params")
			.properties().forEach(entry -> params.put(entry.getKey(), entry.getValue().asString()));
		params.put("MessageSid", sid);
		params.put("SmsSid", sid);
		params.put("To", to);
		params.put("MessageStatus", status);
		params.put("SmsStatus", status);
		return params;
	}

	private static List<Sent> awaitTexts(String number, int count) {
		TWILIO.await(sent -> TWILIO.deliveredTo(number).size() >= count, WAIT);
		return TWILIO.deliveredTo(number);
	}

	private String lastStatus(ResidentId resident, Lane lane) {
		return this.jdbc.sql("SELECT status FROM outbox WHERE resident_id = :r AND lane = :lane ORDER BY id DESC LIMIT 1")
			.param("r", resident.value()).param("lane", lane.ordinal()).query(String.class).optional().orElse("");
	}

	private long inboxDone(ResidentId resident) {
		return this.jdbc.sql("SELECT COUNT(*) FROM inbox WHERE resident_id = :r AND status = 'DONE'")
			.param("r", resident.value()).query(Long.class).single();
	}

	private long inboxRows() {
		return this.jdbc.sql("SELECT COUNT(*) FROM inbox").query(Long.class).single();
	}

	private static String newNumber() {
		return "+447700900" + NUMBERS.incrementAndGet();
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
