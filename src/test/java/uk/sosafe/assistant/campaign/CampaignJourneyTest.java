package uk.sosafe.assistant.campaign;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import uk.sosafe.assistant.channel.ChannelApplicationTest;
import uk.sosafe.assistant.channel.fakes.FakeTelegram.Call;
import uk.sosafe.assistant.staff.Role;
import uk.sosafe.assistant.staff.StaffDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Residents subscribe in the chat (and confirm); comms staff write a campaign, someone else approves
 * it, and it reaches exactly the confirmed subscribers once each, by Telegram and by text, leaving out
 * residents who never confirmed, texted STOP, subscribed to something else, or disclosed domestic abuse.
 * An unapproved or cancelled campaign sends nothing. Against the fake Telegram and Twilio servers.
 */
class CampaignJourneyTest extends ChannelApplicationTest {

	private static final Duration WAIT = Duration.ofSeconds(20);

	private static final String PASSWORD = "a long enough password for tests";

	private static final AtomicLong CHATS = new AtomicLong(6_200_000_000L);

	private static final AtomicInteger NUMBERS = new AtomicInteger(700);

	private static final AtomicInteger MESSAGE_IDS = new AtomicInteger(900);

	@Autowired
	StaffDirectory staff;

	@Autowired
	uk.sosafe.assistant.conversation.spi.Residents residents;

	@Autowired
	Subscriptions subscriptions;

	private String author;

	private String approver;

	@BeforeEach
	void comms() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		this.author = "comms.a." + suffix;
		this.approver = "comms.b." + suffix;
		this.staff.create(this.author, "Comms A", PASSWORD, Set.of(Role.COMMS), Set.of(), false);
		this.staff.create(this.approver, "Comms B", PASSWORD, Set.of(Role.COMMS), Set.of(), false);
	}

	@Test
	void aCampaignReachesExactlyTheConfirmedSubscribersOnceEach() {
		long alice = subscribeOnTelegram("scams", true);
		long bilal = subscribeOnTelegram("scams", true);
		long unconfirmed = subscribeOnTelegram("scams", false);
		long eventsOnly = subscribeOnTelegram("events", true);
		long protectedChat = subscribeOnTelegram("scams", true);
		TELEGRAM.deliver(telegramText(protectedChat, MESSAGE_IDS.incrementAndGet(), "my husband hits me and took my bank cards"));
		awaitTelegram(protectedChat, call -> call.text().contains("0808 2000 247"));
		String carol = subscribeBySms("scams");
		String stopped = subscribeBySms("scams");
		textIn(stopped, "STOP");
		TWILIO.await(sent -> TWILIO.deliveredTo(stopped).stream().anyMatch(text -> text.body().contains("no more texts")), WAIT);

		String id = write("Courier fraud warning, " + UUID.randomUUID(), "Scam alert: fake police officers are phoning older residents.",
				"SoSafe scam alert: fake police are phoning older residents. Police never collect cash.");
		assertThat(call(this.author, "POST", "/api/v1/staff/campaigns/" + id + "/send", "{}").status())
			.as("an unapproved campaign cannot send").isEqualTo(409);
		assertThat(call(this.author, "POST", "/api/v1/staff/campaigns/" + id + "/approve", null).status())
			.as("the author cannot approve their own campaign").isEqualTo(409);
		assertThat(call(this.approver, "POST", "/api/v1/staff/campaigns/" + id + "/approve", null).json().path("status")
			.asString()).isEqualTo("APPROVED");
		assertThat(call(this.author, "POST", "/api/v1/staff/campaigns/" + id + "/send", "{}").status()).isEqualTo(200);

		awaitTelegram(alice, call -> call.text().contains("fake police officers"));
		awaitTelegram(bilal, call -> call.text().contains("fake police officers"));
		TWILIO.await(sent -> TWILIO.deliveredTo(carol).stream().anyMatch(text -> text.body().contains("Police never collect cash")),
				WAIT);
		await(() -> results(id).path("messages").path("SENT").asLong() + results(id).path("messages").path("DELIVERED").asLong() == 3,
				WAIT, "three messages sent");
		await(() -> "FINISHED".equals(results(id).path("status").asString()), WAIT, "the campaign to finish once all are sent");

		JsonNode results = results(id);
		assertThat(results.path("audience").asInt()).isEqualTo(3);
		assertThat(campaignMessages(alice)).singleElement().satisfies(call -> assertThat(call.text()).contains("Say unsubscribe"));
		assertThat(campaignMessages(bilal)).hasSize(1);
		assertThat(TWILIO.deliveredTo(carol)).filteredOn(text -> text.body().contains("Police never collect cash"))
			.singleElement().satisfies(text -> assertThat(text.body()).contains("Text STOP to stop."));
		for (long leftOut : List.of(unconfirmed, eventsOnly, protectedChat)) {
			assertThat(campaignMessages(leftOut)).as("chat %d is not in the audience", leftOut).isEmpty();
		}
		assertThat(TWILIO.deliveredTo(stopped)).noneSatisfy(text -> assertThat(text.body()).contains("Police never collect cash"));
		assertThat(this.jdbc.sql("SELECT action FROM consent_ledger ORDER BY id").query(String.class).list())
			.contains("REQUESTED", "CONFIRMED", "OPTED_OUT");
	}

	@Test
	void aDeepLinkOnAPosterAsksToConfirmThatTopicAndRecordsWhereTheResidentCameFrom() {
		long chat = CHATS.incrementAndGet();
		TELEGRAM.deliver(telegramText(chat, MESSAGE_IDS.incrementAndGet(), "/start sub-scams"));

		awaitTelegram(chat, call -> buttons(call).contains("sub:ward:skip"));
		TELEGRAM.deliver(telegramPress(chat, chat, "sub:ward:skip"));
		Call asked = awaitTelegram(chat, call -> buttons(call).contains("sub:yes"));
		TELEGRAM.deliver(telegramPress(chat, chat, "sub:yes"));
		awaitTelegram(chat, call -> call.text().startsWith("Done: you will get Scam alerts"));

		assertThat(asked.text()).contains("Scam alerts");
		assertThat(this.jdbc.sql("SELECT r.source || ' ' || s.status FROM residents r JOIN subscriptions s ON s.resident_id = r.id "
				+ "WHERE s.topic = 'scams' AND r.source = 'sub-scams'").query(String.class).list()).contains("sub-scams CONFIRMED");
	}

	@Test
	void residentsGiveTheirWardByButtonNumberOrNameOrSkipAndACampaignForAWardReachesOnlyThatWard() {
		long bedwell = subscribeOnTelegram("events", "bedwell", true);
		long skipped = subscribeOnTelegram("events", "skip", true);
		String chells = subscribeBySms("events", "3");
		String shephall = subscribeBySms("events", "Shephall");
		assertThat(awaitTelegram(bedwell, call -> buttons(call).contains("sub:yes")).text()).contains("Your ward: Bedwell");
		assertThat(wardsOf("events")).contains("bedwell", "chells", "shephall");

		String id = writeFor("Bedwell and Chells only " + UUID.randomUUID(), "events", List.of("bedwell", "chells"),
				"Street party in Bedwell and Chells on Sunday.", "SoSafe: street party in Bedwell and Chells on Sunday.");
		call(this.approver, "POST", "/api/v1/staff/campaigns/" + id + "/approve", null);
		call(this.author, "POST", "/api/v1/staff/campaigns/" + id + "/send", "{}");
		awaitTelegram(bedwell, call -> call.text().contains("Street party"));
		TWILIO.await(sent -> TWILIO.deliveredTo(chells).stream().anyMatch(text -> text.body().contains("street party")), WAIT);
		await(() -> results(id).path("audience").asInt() == 2 && !results(id).path("status").asString().equals("SENDING"), WAIT,
				"the fan-out for two wards");

		assertThat(TELEGRAM.delivered(skipped)).noneSatisfy(call -> assertThat(call.text()).contains("Street party"));
		assertThat(TWILIO.deliveredTo(shephall)).noneSatisfy(text -> assertThat(text.body()).contains("street party"));
		assertThat(call(this.author, "POST", "/api/v1/staff/campaigns", "{\"title\":\"x\",\"telegramText\":\"y\","
				+ "\"topics\":[\"events\"],\"wards\":[\"atlantis\"],\"channels\":[\"TELEGRAM\"]}").json().path("message")
			.asString()).contains("atlantis");
		for (long chat : List.of(bedwell, skipped)) {
			TELEGRAM.deliver(telegramText(chat, MESSAGE_IDS.incrementAndGet(), "stop texting me"));
			awaitTelegram(chat, call -> call.text().contains("no more alerts"));
		}
		for (String number : List.of(chells, shephall)) {
			this.residents.find(uk.sosafe.assistant.conversation.spi.Channel.SMS, number).ifPresent(resident -> this.subscriptions
				.unsubscribe(resident, uk.sosafe.assistant.conversation.spi.Channel.SMS, null, "test over"));
		}
	}

	private List<String> wardsOf(String topic) {
		return this.jdbc.sql("SELECT ward FROM subscriptions WHERE topic = :topic AND ward IS NOT NULL").param("topic", topic)
			.query(String.class).list();
	}

	@Test
	void aCancelledCampaignSendsNothingAndUnsubscribeStopsTheNext() {
		long dee = subscribeOnTelegram("community", true);
		String id = write("Cancelled " + UUID.randomUUID(), "Community meeting moved to Thursday.", null);
		call(this.approver, "POST", "/api/v1/staff/campaigns/" + id + "/approve", null);
		assertThat(call(this.author, "POST", "/api/v1/staff/campaigns/" + id + "/cancel", null).json().path("status")
			.asString()).isEqualTo("CANCELLED");
		assertThat(call(this.author, "POST", "/api/v1/staff/campaigns/" + id + "/send", "{}").status()).isEqualTo(409);

		TELEGRAM.deliver(telegramText(dee, MESSAGE_IDS.incrementAndGet(), "stop texting me"));
		awaitTelegram(dee, call -> call.text().contains("no more alerts"));
		String next = write("Next " + UUID.randomUUID(), "Community meeting on Thursday at the library.", null);
		call(this.approver, "POST", "/api/v1/staff/campaigns/" + next + "/approve", null);
		call(this.author, "POST", "/api/v1/staff/campaigns/" + next + "/send", "{}");
		await(() -> List.of("QUEUED_ALL", "FINISHED").contains(results(next).path("status").asString()), WAIT,
				"the second campaign's fan-out");

		assertThat(results(next).path("audience").asInt()).as("dee unsubscribed from everything").isZero();
		assertThat(TELEGRAM.delivered(dee)).noneSatisfy(call -> assertThat(call.text()).contains("Community meeting"));
		assertThat(results(id).path("audience").asInt()).isZero();
	}

	@Test
	void stopInTheMiddleOfACampaignStopsTheRestForThatNumber() throws Exception {
		List<String> numbers = List.of(subscribeBySms("events"), subscribeBySms("events"));
		String id = write("Fun day " + UUID.randomUUID(), "events", null, "SoSafe: community fun day on Saturday at the park.");
		call(this.approver, "POST", "/api/v1/staff/campaigns/" + id + "/approve", null);
		java.util.concurrent.CountDownLatch inFlight = TWILIO.holdNext();
		call(this.author, "POST", "/api/v1/staff/campaigns/" + id + "/send", "{}");
		assertThat(inFlight.await(20, java.util.concurrent.TimeUnit.SECONDS)).as("the first campaign text is being sent").isTrue();
		await(() -> waiting(id).size() == 1, WAIT, "the second campaign text to be queued behind it");
		String waitingNumber = numbers.stream()
			.filter(number -> this.residents.find(uk.sosafe.assistant.conversation.spi.Channel.SMS, number)
				.map(resident -> resident.value().equals(waiting(id).get(0))).orElse(false))
			.findFirst().orElseThrow();

		textIn(waitingNumber, "STOP");
		await(() -> this.residents.isOptedOut(this.residents.find(uk.sosafe.assistant.conversation.spi.Channel.SMS, waitingNumber)
			.orElseThrow()), WAIT, "the opt-out");
		TWILIO.release();
		await(() -> results(id).path("messages").path("FAILED").asLong() == 1, WAIT, "the stopped number's text to be dropped");

		assertThat(TWILIO.deliveredTo(waitingNumber)).noneSatisfy(text -> assertThat(text.body()).contains("fun day"));
		assertThat(results(id).path("failures").toString()).contains("opted out");
		assertThat(results(id).path("optedOutSince").asLong()).isEqualTo(1);
	}

	@Test
	void a429FromTelegramSlowsTheCampaignAndLosesNothing() {
		List<Long> chats = List.of(subscribeOnTelegram("surveys", true), subscribeOnTelegram("surveys", true),
				subscribeOnTelegram("surveys", true));
		String id = write("Consultation " + UUID.randomUUID(), "surveys", "Have your say on the new community safety plan.", null);
		call(this.approver, "POST", "/api/v1/staff/campaigns/" + id + "/approve", null);
		TELEGRAM.throttleNextSends(2, 2);
		call(this.author, "POST", "/api/v1/staff/campaigns/" + id + "/send", "{}");

		chats.forEach(chat -> awaitTelegram(chat, call -> call.text().contains("community safety plan")));

		chats.forEach(chat -> assertThat(TELEGRAM.delivered(chat)).filteredOn(call -> call.text().contains("community safety plan"))
			.hasSize(1));
		await(() -> results(id).path("messages").path("SENT").asLong() == 3, WAIT, "all three marked sent");
		assertThat(results(id).path("messages").has("FAILED")).isFalse();
	}

	private List<String> waiting(String campaignId) {
		return this.jdbc.sql("SELECT resident_id FROM outbox WHERE campaign_id = :id AND status = 'QUEUED'")
			.param("id", campaignId).query(String.class).list();
	}

	@Test
	void badCampaignsAreRefusedWithAReason() {
		Response noChannels = call(this.author, "POST", "/api/v1/staff/campaigns",
				"{\"title\":\"x\",\"telegramText\":\"y\",\"topics\":[\"scams\"],\"channels\":[]}");
		Response unknownTopic = call(this.author, "POST", "/api/v1/staff/campaigns",
				"{\"title\":\"x\",\"telegramText\":\"y\",\"topics\":[\"bins\"],\"channels\":[\"TELEGRAM\"]}");
		Response noSmsText = call(this.author, "POST", "/api/v1/staff/campaigns",
				"{\"title\":\"x\",\"telegramText\":\"y\",\"topics\":[\"scams\"],\"channels\":[\"TELEGRAM\",\"SMS\"]}");
		Response officer = asStaff("admin", ADMIN_PASSWORD, HttpRequest.newBuilder(uri("/api/v1/staff/campaigns/nope")));

		assertThat(noChannels.status()).isEqualTo(409);
		assertThat(noChannels.json().path("message").asString()).contains("channel");
		assertThat(unknownTopic.status()).isEqualTo(400);
		assertThat(unknownTopic.json().path("message").asString()).contains("bins");
		assertThat(noSmsText.json().path("message").asString()).contains("SMS text");
		assertThat(officer.status()).isIn(403, 404);
		assertThat(call(this.author, "POST", "/api/v1/staff/campaigns", "{not json").status()).isEqualTo(400);
		assertThat(call(this.author, "POST", "/api/v1/staff/campaigns", "{\"title\":\"x\",\"telegramText\":\"y\","
				+ "\"topics\":[\"scams\"],\"channels\":[\"TELEGRAM\"],\"sendAt\":\"tomorrow\"}").status()).isEqualTo(400);
		assertThat(call(this.author, "POST", "/api/v1/staff/campaigns", "{\"title\":\"x\",\"telegramText\":\"y\","
				+ "\"topics\":[\"scams\"],\"channels\":[\"TELEGRAM\"],\"sendAt\":\"2020-01-01T10:00\"}").json()
			.path("message").asString()).contains("send time in the future");
	}

	@Test
	void aSendTimeInLondonTimeIsPlannedAndSendingSchedulesIt() {
		Response written = call(this.author, "POST", "/api/v1/staff/campaigns", "{\"title\":\"Planned\",\"telegramText\":"
				+ "\"Summer fair\",\"topics\":[\"events\"],\"channels\":[\"TELEGRAM\"],\"sendAt\":\"2031-07-01T10:00\"}");
		String id = written.json().path("id").asString();
		assertThat(written.json().path("sendAt").asString()).as("10:00 in London in summer").isEqualTo("2031-07-01T09:00:00Z");
		call(this.approver, "POST", "/api/v1/staff/campaigns/" + id + "/approve", null);

		JsonNode scheduled = call(this.author, "POST", "/api/v1/staff/campaigns/" + id + "/send", null).json();

		assertThat(scheduled.path("status").asString()).isEqualTo("SCHEDULED");
		assertThat(scheduled.path("sendAt").asString()).isEqualTo("2031-07-01T09:00:00Z");
		JsonNode moved = call(this.author, "POST", "/api/v1/staff/campaigns/" + id + "/pause", null).json();
		assertThat(moved.path("status").asString()).isEqualTo("PAUSED");
		call(this.author, "POST", "/api/v1/staff/campaigns/" + id + "/cancel", null);
	}

	/** A Telegram resident asks for a topic, skips the ward, and (or not) confirms it; returns their chat id. */
	private long subscribeOnTelegram(String topic, boolean confirm) {
		return subscribeOnTelegram(topic, "skip", confirm);
	}

	/** A Telegram resident asks for a topic, presses a ward (or skip), and (or not) confirms it; returns their chat id. */
	private long subscribeOnTelegram(String topic, String ward, boolean confirm) {
		long chat = CHATS.incrementAndGet();
		TELEGRAM.deliver(telegramText(chat, MESSAGE_IDS.incrementAndGet(), "subscribe"));
		awaitTelegram(chat, call -> buttons(call).contains("sub:topic:" + topic));
		TELEGRAM.deliver(telegramPress(chat, chat, "sub:topic:" + topic));
		awaitTelegram(chat, call -> buttons(call).contains("sub:ward:skip"));
		TELEGRAM.deliver(telegramPress(chat, chat, "sub:ward:" + ward));
		awaitTelegram(chat, call -> buttons(call).contains("sub:yes"));
		if (confirm) {
			TELEGRAM.deliver(telegramPress(chat, chat, "sub:yes"));
			awaitTelegram(chat, call -> call.text().startsWith("Done: you will get"));
		}
		return chat;
	}

	/** A resident texts "subscribe scams", skips the ward question and confirms with 1; returns their number. */
	private String subscribeBySms(String topic) {
		return subscribeBySms(topic, "skip");
	}

	/** A resident texts "subscribe scams", answers the ward question as given, and confirms with 1; returns their number. */
	private String subscribeBySms(String topic, String wardAnswer) {
		String number = "+447700900" + NUMBERS.incrementAndGet();
		textIn(number, "subscribe " + topic);
		TWILIO.await(sent -> TWILIO.deliveredTo(number).size() >= 1, WAIT);
		assertThat(TWILIO.deliveredTo(number).get(0).body()).contains("Which ward", "1 Bandley Hill");
		textIn(number, wardAnswer);
		TWILIO.await(sent -> TWILIO.deliveredTo(number).size() >= 2, WAIT);
		assertThat(TWILIO.deliveredTo(number).get(1).body()).contains("1 Yes, send them");
		textIn(number, "1");
		TWILIO.await(sent -> TWILIO.deliveredTo(number).stream().anyMatch(text -> text.body().contains("Text STOP to stop all texts")),
				WAIT);
		return number;
	}

	private String write(String title, String telegramText, String smsText) {
		return write(title, smsText == null ? "community" : "scams", telegramText, smsText);
	}

	private String write(String title, String topic, String telegramText, String smsText) {
		return writeFor(title, topic, List.of(), telegramText, smsText);
	}

	private String writeFor(String title, String topic, List<String> wards, String telegramText, String smsText) {
		tools.jackson.databind.node.ObjectNode body = JSON.createObjectNode().put("title", title).put("telegramText", telegramText)
			.put("smsText", smsText);
		body.putArray("topics").add(topic);
		wards.forEach(body.putArray("wards")::add);
		tools.jackson.databind.node.ArrayNode channels = body.putArray("channels");
		if (telegramText != null) {
			channels.add("TELEGRAM");
		}
		if (smsText != null) {
			channels.add("SMS");
		}
		Response written = call(this.author, "POST", "/api/v1/staff/campaigns", body.toString());
		assertThat(written.status()).as(written.body()).isEqualTo(201);
		assertThat(written.json().path("status").asString()).isEqualTo("DRAFT");
		return written.json().path("id").asString();
	}

	private JsonNode results(String id) {
		return call(this.author, "GET", "/api/v1/staff/campaigns/" + id + "/results", null).json();
	}

	private static List<Call> campaignMessages(long chat) {
		return TELEGRAM.delivered(chat).stream().filter(call -> call.text().contains("fake police officers")).toList();
	}

	private Response call(String username, String method, String path, String json) {
		return asStaff(username, PASSWORD, method, path, json);
	}
}
