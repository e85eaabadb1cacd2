package uk.sosafe.assistant.channel.telegram;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import uk.sosafe.assistant.channel.ChannelApplicationTest;
import uk.sosafe.assistant.channel.fakes.FakeTelegram.Call;
import uk.sosafe.assistant.channel.fakes.Fixtures;
import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.Lane;
import uk.sosafe.assistant.conversation.spi.Outbox;
import uk.sosafe.assistant.conversation.spi.Reply;
import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.conversation.spi.Residents;

import static org.assertj.core.api.Assertions.assertThat;

/** Residents on Telegram, through long polling against a fake Bot API on loopback. */
@ExtendWith(OutputCaptureExtension.class)
class TelegramJourneyTest extends ChannelApplicationTest {

	private static final Duration WAIT = Duration.ofSeconds(15);

	/** Each test gets its own chats and update ids, so tests never see each other's messages. */
	@Autowired
	Outbox outbox;

	@Autowired
	Residents residents;

	@Test
	void chatIdsAndTextsNeverReachTheLogs(CapturedOutput output) {
		long chat = IDS.incrementAndGet();
		TELEGRAM.deliver(telegramText(chat, 51, "my ex keeps turning up, xylographically scary"));
		awaitReplies(chat, 1);
		TELEGRAM.failNextSends("error-403-blocked.json", 1);
		TELEGRAM.deliverFixture("private-text-message.json", IDS.incrementAndGet(), chat);
		ResidentId resident = this.residents.find(Channel.TELEGRAM, String.valueOf(chat)).orElseThrow();
		await(() -> this.residents.isOptedOut(resident), WAIT, "the block to be recorded");

		assertThat(output.getAll()).doesNotContain(String.valueOf(chat)).doesNotContain("xylographically");
	}

	@Test
	void theQuickExitDeletesTheChatButLeavesThe999Line() {
		long chat = IDS.incrementAndGet();
		TELEGRAM.deliver(telegramText(chat, 7001, "what is cuckooing"));
		Call answer = awaitReplies(chat, 1).get(0);
		TELEGRAM.deliver(telegramText(chat, 7003, "exit"));
		Call closed = awaitReplies(chat, 2).get(1);

		List<Call> deletions = TELEGRAM.awaitCalls(calls -> calls.stream().anyMatch(
				call -> call.method().equals("deletemessages") && call.chatId().equals(String.valueOf(chat))), WAIT);
		List<Integer> deleted = deletions.stream()
			.filter(call -> call.method().equals("deletemessages") && call.chatId().equals(String.valueOf(chat)))
			.flatMap(call -> call.body().path("message_ids").valueStream().map(JsonNode::asInt)).toList();
		assertThat(closed.text()).contains("999");
		assertThat(deleted).contains(7001, 7003, answer.body().path("message_id_sent").asInt());
		assertThat(deleted).doesNotContain(closed.body().path("message_id_sent").asInt());
	}

	@Test
	void aResidentAsksAndIsAnsweredInHtmlWithButtons() {
		long chat = IDS.incrementAndGet();
		TELEGRAM.deliverFixture("private-text-message.json", IDS.incrementAndGet(), chat);

		Call reply = awaitReplies(chat, 1).get(0);

		assertThat(reply.text()).containsIgnoringCase("cuckoo");
		assertThat(reply.body().path("parse_mode").asString()).isEqualTo("HTML");
		assertThat(reply.body().path("reply_markup").path("inline_keyboard").size()).isPositive();
		reply.body().path("reply_markup").path("inline_keyboard").forEach(row -> row.forEach(button -> assertThat(
				button.path("callback_data").asString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
			.isLessThanOrEqualTo(64)));
	}

	@Test
	void startWithADeepLinkGreetsWithTopicButtonsAndRecordsTheSource() {
		long chat = IDS.incrementAndGet();
		TELEGRAM.deliverFixture("start-deep-link.json", IDS.incrementAndGet(), chat);

		Call greeting = awaitReplies(chat, 1).get(0);

		assertThat(greeting.text()).contains("SoSafe Assistant").contains("999");
		assertThat(greeting.body().path("reply_markup").path("inline_keyboard").size()).isGreaterThan(3);
		ResidentId resident = this.residents.find(Channel.TELEGRAM, String.valueOf(chat)).orElseThrow();
		assertThat(this.jdbc.sql("SELECT source FROM residents WHERE id = :id").param("id", resident.value())
			.query(String.class).single()).isEqualTo("poster-bedwell-2026");
	}

	@Test
	void pressingAButtonIsAnsweredWithANewMessageAndTheSpinnerStops() {
		long chat = IDS.incrementAndGet();
		TELEGRAM.deliverFixture("start-deep-link.json", IDS.incrementAndGet(), chat);
		Call greeting = awaitReplies(chat, 1).get(0);
		JsonNode firstButton = greeting.body().path("reply_markup").path("inline_keyboard").get(0).get(0);

		ObjectNode press = telegramPress(chat, chat, firstButton.path("callback_data").asString());
		String queryId = press.path("callback_query").path("id").asString();
		TELEGRAM.deliver(press);

		List<Call> replies = awaitReplies(chat, 2);
		assertThat(replies.get(1).body().has("message_id")).as("a new message, not an edit").isFalse();
		assertThat(replies.get(1).text()).isNotBlank().isNotEqualTo(greeting.text());
		assertThat(TELEGRAM.calls("answercallbackquery"))
			.anySatisfy(call -> assertThat(call.body().path("callback_query_id").asString()).isEqualTo(queryId));
	}

	@Test
	void anEditedMessageIsANewMessageAndAPhotoCaptionIsRead() {
		long chat = IDS.incrementAndGet();
		TELEGRAM.deliverFixture("private-text-message.json", IDS.incrementAndGet(), chat);
		awaitReplies(chat, 1);
		TELEGRAM.deliverFixture("edited-message.json", IDS.incrementAndGet(), chat);
		awaitReplies(chat, 2);
		TELEGRAM.deliverFixture("photo-no-text.json", IDS.incrementAndGet(), chat);

		assertThat(awaitReplies(chat, 3)).hasSize(3);
	}

	@Test
	void theSameUpdateDeliveredTwiceIsAnsweredOnce() {
		long chat = IDS.incrementAndGet();
		long updateId = IDS.incrementAndGet();
		TELEGRAM.deliverFixture("private-text-message.json", updateId, chat);
		TELEGRAM.deliverFixture("private-text-message.json", updateId, chat);

		awaitReplies(chat, 1);
		sleep(1_500);

		assertThat(TELEGRAM.delivered(chat)).hasSize(1);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM inbox WHERE channel = 'TELEGRAM' AND external_id = :id")
			.param("id", String.valueOf(updateId)).query(Long.class).single()).isOne();
	}

	@Test
	void aResidentWhoBlocksTheBotGetsNothingMoreUntilTheyComeBack() {
		long chat = IDS.incrementAndGet();
		TELEGRAM.deliverFixture("private-text-message.json", IDS.incrementAndGet(), chat);
		awaitReplies(chat, 1);
		ResidentId resident = this.residents.find(Channel.TELEGRAM, String.valueOf(chat)).orElseThrow();

		TELEGRAM.deliverFixture("blocked-by-user.json", IDS.incrementAndGet(), chat);
		await(() -> this.residents.isOptedOut(resident), WAIT, "the block to be recorded");
		this.outbox.enqueue(resident, List.of(Reply.text("A campaign message")), Lane.CAMPAIGN);
		await(() -> outboxStatus(resident, Lane.CAMPAIGN).equals("FAILED"), WAIT, "the campaign message to be refused");

		assertThat(TELEGRAM.delivered(chat)).hasSize(1);
		TELEGRAM.deliverFixture("private-text-message.json", IDS.incrementAndGet(), chat);
		assertThat(awaitReplies(chat, 2)).hasSize(2);
		assertThat(this.residents.isOptedOut(resident)).isFalse();
	}

	@Test
	void a403FromTelegramMarksTheResidentUnreachable() {
		long chat = IDS.incrementAndGet();
		ResidentId resident = this.residents.resolve(Channel.TELEGRAM, String.valueOf(chat));
		TELEGRAM.failNextSends("error-403-blocked.json", 1);

		this.outbox.enqueue(resident, List.of(Reply.text("Hello")), Lane.REPLY);

		await(() -> this.residents.isOptedOut(resident), WAIT, "the resident to be marked unreachable");
		// The row is finished just after the resident is marked: wait for it rather than race it.
		await(() -> !"SENDING".equals(outboxStatus(resident, Lane.REPLY)), WAIT, "the send to finish");
		assertThat(outboxStatus(resident, Lane.REPLY)).isEqualTo("FAILED");
	}

	@Test
	void aStormOf429sIsRiddenOutAndEveryMessageArrivesOnce() {
		List<Long> chats = List.of(IDS.incrementAndGet(), IDS.incrementAndGet(), IDS.incrementAndGet());
		TELEGRAM.throttleNextSends(1, 5);

		chats.forEach(chat -> TELEGRAM.deliverFixture("private-text-message.json", IDS.incrementAndGet(), chat));

		chats.forEach(chat -> awaitReplies(chat, 1));
		sleep(1_200);
		chats.forEach(chat -> assertThat(TELEGRAM.delivered(chat)).as("chat %d", chat).hasSize(1));
	}

	@Test
	void anEmergencyReplyOvertakesAQueueOfCampaignMessages() {
		List<ResidentId> audience = new java.util.ArrayList<>();
		for (int i = 0; i < 90; i++) {
			audience.add(this.residents.resolve(Channel.TELEGRAM, String.valueOf(IDS.incrementAndGet())));
		}
		audience.forEach(resident -> this.outbox.enqueue(resident, List.of(Reply.text("Campaign: protect your phone")),
				Lane.CAMPAIGN));
		long chat = IDS.incrementAndGet();
		TELEGRAM.deliver(telegramText(chat, 51, "someone is trying to break in to my flat right now help"));

		Call reply = awaitReplies(chat, 1).get(0);
		assertThat(reply.text()).startsWith("If you or someone else is in danger now, call 999.");
		List<Call> sends = TELEGRAM.awaitCalls(calls -> calls.stream()
			.filter(call -> call.method().equals("sendmessage") && call.text().startsWith("Campaign:")).count() >= 90, WAIT)
			.stream().filter(call -> call.method().equals("sendmessage")).toList();
		long campaignsAfter = sends.subList(sends.indexOf(reply), sends.size()).stream()
			.filter(call -> call.text().startsWith("Campaign:")).count();
		assertThat(campaignsAfter).as("campaign messages still queued behind the 999 reply").isPositive();
	}

	@Test
	void malformedAndUnknownUpdatesAreSkippedAndPollingCarriesOn() {
		long chat = IDS.incrementAndGet();
		TELEGRAM.deliver(Fixtures.JSON.readTree("{\"update_id\": " + IDS.incrementAndGet() + ", \"poll\": {\"id\": \"1\"}}"));
		TELEGRAM.deliver(Fixtures.JSON.readTree("{\"update_id\": " + IDS.incrementAndGet()
				+ ", \"message\": {\"message_id\": 1, \"chat\": {\"id\": -100123, \"type\": \"supergroup\"}, \"date\": 1, \"text\": \"hi\"}}"));
		TELEGRAM.deliver(Fixtures.JSON.readTree("{\"update_id\": " + IDS.incrementAndGet()
				+ ", \"message\": {\"message_id\": 2, \"chat\": {\"id\": " + chat + ", \"type\": \"private\"}, \"date\": 1}}"));
		TELEGRAM.deliverFixture("private-text-message.json", IDS.incrementAndGet(), chat);

		assertThat(awaitReplies(chat, 2)).hasSize(2);
		assertThat(TELEGRAM.calls("sendmessage")).noneMatch(call -> call.chatId().equals("-100123"));
	}

	@Test
	void theCommandMenuIsRegisteredAtStart() {
		List<Call> commands = TELEGRAM.calls("setmycommands");

		assertThat(commands).isNotEmpty();
		assertThat(commands.get(0).body().path("commands").findValuesAsString("command")).contains("start", "menu", "exit");
	}

	private String outboxStatus(ResidentId resident, Lane lane) {
		return this.jdbc.sql("SELECT status FROM outbox WHERE resident_id = :r AND lane = :lane ORDER BY id DESC LIMIT 1")
			.param("r", resident.value())
			.param("lane", lane.ordinal())
			.query(String.class)
			.optional()
			.orElse("");
	}

	private static List<Call> awaitReplies(long chat, int count) {
		TELEGRAM.awaitCalls(calls -> TELEGRAM.delivered(chat).size() >= count, WAIT);
		return TELEGRAM.delivered(chat);
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
