package uk.sosafe.assistant.campaign;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import uk.sosafe.assistant.channel.ChannelApplicationTest;
import uk.sosafe.assistant.channel.fakes.FakeTelegram.Call;
import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.conversation.spi.Residents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Campaigns that ask something: reply options arrive as buttons on Telegram and as a numbered list by
 * text, and each choice is counted; a resident in the middle of something gets the text
 * without them. A survey invitation's button opens the survey, and the responses it brings are counted
 * for the campaign. Against the fake Telegram and Twilio servers.
 */
class CampaignRepliesJourneyTest extends ChannelApplicationTest {

	private static final Duration WAIT = Duration.ofSeconds(20);

	private static final AtomicInteger NUMBERS = new AtomicInteger(200_000);

	/** What each chat has been sent so far, so each step waits for the message after. */
	private final Map<Long, List<Call>> seen = new ConcurrentHashMap<>();

	/** Residents subscribed here, unsubscribed after each test so other tests' campaigns do not reach them. */
	private final List<ResidentId> subscribed = new ArrayList<>();

	@Autowired
	CampaignDesk desk;

	@Autowired
	Subscriptions subscriptions;

	@Autowired
	Residents residents;

	@AfterEach
	void unsubscribe() {
		this.subscribed.forEach(resident -> this.subscriptions.unsubscribe(resident, Channel.TELEGRAM, null, "test over"));
	}

	@Test
	void replyOptionsArriveAsButtonsOrNumbersAndEachChoiceIsCounted() {
		String ward = "w-" + UUID.randomUUID().toString().substring(0, 8);
		long alice = subscribed(Channel.TELEGRAM, String.valueOf(IDS.incrementAndGet()), ward);
		long bilal = subscribed(Channel.TELEGRAM, String.valueOf(IDS.incrementAndGet()), ward);
		String carol = "+447911" + NUMBERS.incrementAndGet();
		subscribed(Channel.SMS, carol, ward);
		long busy = subscribed(Channel.TELEGRAM, String.valueOf(IDS.incrementAndGet()), ward);
		TELEGRAM.deliver(telegramText(busy, 1, "subscribe"));
		next(busy);

		Campaign campaign = sent(new Campaign.Content("Street lights " + ward, "Are the street lights on your road working?",
				"SoSafe: are the street lights on your road working?", Set.of(CampaignTopic.COMMUNITY), Set.of(ward),
				Set.of(Channel.TELEGRAM, Channel.SMS), true, List.of("Yes", "No", "Not sure"), null, null));

		Call asked = next(alice);
		assertThat(asked.text()).startsWith("Are the street lights").contains("Say unsubscribe");
		assertThat(buttons(asked)).containsExactly(value(campaign, 1), value(campaign, 2), value(campaign, 3));
		assertThat(press(alice, value(campaign, 2)).text()).startsWith("Thank you: your answer").contains("No")
			.endsWith("is counted.");
		next(bilal);
		assertThat(press(bilal, value(campaign, 3)).text()).contains("Not sure");
		TWILIO.await(sent -> !TWILIO.deliveredTo(carol).isEmpty(), WAIT);
		assertThat(TWILIO.deliveredTo(carol).get(0).body()).contains("Text STOP to stop.",
				"Reply with a number:\n1 Yes\n2 No\n3 Not sure");
		textIn(carol, "1");
		TWILIO.await(sent -> TWILIO.deliveredTo(carol).size() == 2, WAIT);
		assertThat(TWILIO.deliveredTo(carol).get(1).body()).contains("\"Yes\", is counted");
		Call plain = next(busy);

		assertThat(plain.text()).startsWith("Are the street lights");
		assertThat(plain.body().path("reply_markup").isMissingNode()).as("no buttons in the middle of subscribing").isTrue();
		assertThat(this.desk.results(campaign.id()).answers()).containsExactly(Map.entry("Yes", 1L), Map.entry("No", 1L),
				Map.entry("Not sure", 1L));
	}

	@Test
	void aSurveyInvitationOpensTheSurveyAndTheResponsesItBringsAreCounted() {
		String ward = "w-" + UUID.randomUUID().toString().substring(0, 8);
		long chat = subscribed(Channel.TELEGRAM, String.valueOf(IDS.incrementAndGet()), ward);

		Campaign campaign = sent(new Campaign.Content("Survey " + ward, "How safe do you feel? Tell us in 3 minutes.", null,
				Set.of(CampaignTopic.SURVEYS), Set.of(ward), Set.of(Channel.TELEGRAM), true, List.of(), "feeling-safe", null));

		Call invitation = next(chat);
		assertThat(buttons(invitation)).containsExactly("survey:intro:feeling-safe~" + campaign.startCode());
		Call intro = press(chat, buttons(invitation).get(0));
		assertThat(intro.text()).startsWith("Feeling safe in Stevenage");
		Call day = pressLabel(chat, intro, "Start the survey");
		assertThat(this.desk.results(campaign.id()).surveyStarted()).isEqualTo(1);
		Call dark = pressLabel(chat, day, "Very safe");
		Call worries = pressLabel(chat, dark, "Very safe");
		Call report = pressLabel(chat, pressLabel(chat, worries, "None of these"), "Done");
		Call barrier = pressLabel(chat, report, "No");
		Call ward2 = pressLabel(chat, barrier, "Something else");
		Call suggestion = pressLabel(chat, ward2, "I'm not sure");
		Call end = type(chat, "More patrols");

		assertThat(suggestion.text()).startsWith("What one thing would help you feel safer");
		assertThat(end.text()).startsWith("Thank you.");
		CampaignDesk.Results results = this.desk.results(campaign.id());
		assertThat(results.surveyStarted()).isEqualTo(1);
		assertThat(results.surveyFinished()).isEqualTo(1);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM campaign_replies WHERE campaign_id = :id").param("id", campaign.id())
			.query(Long.class).single()).as("survey answers are not campaign replies").isZero();
	}

	private Campaign sent(Campaign.Content content) {
		Campaign written = this.desk.write("comms.author", content);
		this.desk.approve(written.id(), "comms.approver");
		return this.desk.send(written.id(), null);
	}

	private static String value(Campaign campaign, int option) {
		return "camp:" + campaign.startCode() + ":" + option;
	}

	/** A resident confirmed for the campaign's topics in a ward of their own; returns the chat id (or 0 for SMS). */
	private long subscribed(Channel channel, String address, String ward) {
		ResidentId resident = this.residents.resolve(channel, address);
		this.subscribed.add(resident);
		for (CampaignTopic topic : List.of(CampaignTopic.COMMUNITY, CampaignTopic.SURVEYS)) {
			this.subscriptions.request(resident, channel, topic, ward, "seeded");
			this.subscriptions.confirm(resident, channel, topic, "seeded");
		}
		return channel == Channel.TELEGRAM ? Long.parseLong(address) : 0;
	}

	private Call press(long chat, String value) {
		TELEGRAM.deliver(telegramPress(chat, chat, value));
		return next(chat);
	}

	private Call pressLabel(long chat, Call message, String label) {
		String value = null;
		for (JsonNode row : message.body().path("reply_markup").path("inline_keyboard")) {
			for (JsonNode button : row) {
				if (button.path("text").asString().equals(label)) {
					value = button.path("callback_data").asString();
				}
			}
		}
		assertThat(value).as("a button %s in %s", label, message.text()).isNotNull();
		return press(chat, value);
	}

	private Call type(long chat, String text) {
		TELEGRAM.deliver(telegramText(chat, (int) (IDS.incrementAndGet() % 1_000_000), text));
		return next(chat);
	}

	/** The next message sent to the chat after those already seen. */
	private Call next(long chat) {
		List<Call> before = this.seen.computeIfAbsent(chat, id -> new ArrayList<>());
		int count = before.size();
		TELEGRAM.awaitCalls(calls -> TELEGRAM.delivered(chat).size() > count, WAIT);
		Call call = TELEGRAM.delivered(chat).get(count);
		before.add(call);
		return call;
	}
}
