package uk.sosafe.assistant.channel.telegram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;

import uk.sosafe.assistant.channel.ChannelApplicationTest;
import uk.sosafe.assistant.channel.fakes.FakeTelegram.Call;
import uk.sosafe.assistant.channel.fakes.Fixtures;
import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.conversation.spi.Residents;
import uk.sosafe.assistant.survey.SurveyInvitations;
import uk.sosafe.assistant.survey.SurveyInvitations.Outcome;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped survey on Telegram: opened by a deep link or an invitation, answered with buttons. */
class TelegramSurveyJourneyTest extends ChannelApplicationTest {

	private static final Duration WAIT = Duration.ofSeconds(20);

	/** What each chat has been sent so far, so each step waits for the message after. */
	private static final Map<Long, List<Call>> SEEN = new ConcurrentHashMap<>();

	@Autowired
	Residents residents;

	@Autowired
	SurveyInvitations invitations;

	@Test
	void aDeepLinkOpensTheSurveyAndButtonsAnswerIt() {
		long chat = IDS.incrementAndGet();
		ObjectNode link = (ObjectNode) Fixtures.json("telegram/start-deep-link.json");
		link.put("update_id", IDS.incrementAndGet());
		((ObjectNode) link.get("message")).put("text", "/start survey-feeling-safe");
		((ObjectNode) link.get("message").get("chat")).put("id", chat);
		((ObjectNode) link.get("message").get("from")).put("id", chat);
		TELEGRAM.deliver(link);

		Call intro = next(chat);
		assertThat(intro.text()).startsWith("Feeling safe in Stevenage").contains("anonymous");
		assertThat(labels(intro)).containsExactly("Start the survey", "Not now");
		ResidentId resident = this.residents.find(Channel.TELEGRAM, String.valueOf(chat)).orElseThrow();
		assertThat(this.jdbc.sql("SELECT source FROM residents WHERE id = :id").param("id", resident.value())
			.query(String.class).single()).isEqualTo("survey-feeling-safe");

		Call day = press(chat, intro, "Start the survey");
		assertThat(day.text()).startsWith("During the day");
		assertThat(labels(day)).containsExactly("Very unsafe", "Quite unsafe", "In between", "Quite safe", "Very safe",
				"Skip this question");
		Call dark = press(chat, day, "Quite safe");
		Call why = press(chat, dark, "Very unsafe");
		assertThat(why.text()).startsWith("What makes you feel unsafe after dark?");
		assertThat(why.body().path("reply_markup").isMissingNode()).as("free text: no buttons").isTrue();
		Call worries = type(chat, "The street lights are broken");
		Call chosen = press(chat, worries, "Violence against women and girls");
		assertThat(chosen.text()).contains("You chose: Violence against women and girls");
		Call report = press(chat, chosen, "Done");
		Call how = press(chat, report, "Yes");
		Call ward = press(chat, how, "Crimestoppers (you don't give your name)");
		assertThat(labels(ward)).contains("Pin Green", "St Nicholas", "I'm not sure");
		Call suggestion = press(chat, ward, "Pin Green");
		Call end = type(chat, "More patrols");
		assertThat(suggestion.text()).startsWith("What one thing would help you feel safer");
		assertThat(end.text()).startsWith("Thank you.");

		assertThat(type(chat, "/survey").text()).contains("already answered");
	}

	@Test
	void anInvitationArrivesWithAButtonThatStartsTheSurvey() {
		long chat = IDS.incrementAndGet();
		ResidentId resident = this.residents.resolve(Channel.TELEGRAM, String.valueOf(chat));

		assertThat(this.invitations.invite(resident, "feeling-safe")).isEqualTo(Outcome.INVITED);

		Call invitation = next(chat);
		assertThat(invitation.text()).startsWith("Feeling safe in Stevenage");
		Call first = press(chat, invitation, "Start the survey");
		assertThat(first.text()).startsWith("During the day");
		assertThat(this.invitations.invite(resident, "feeling-safe")).as("not in the middle of a survey")
			.isEqualTo(Outcome.NOT_REACHABLE);
		assertThat(this.invitations.invite(resident, "no-such-survey")).isEqualTo(Outcome.NOT_OPEN);
	}

	@Test
	void nobodyProtectedOrOnTheWebChatIsInvited() {
		ResidentId protectedResident = this.residents.resolve(Channel.TELEGRAM, String.valueOf(IDS.incrementAndGet()));
		this.jdbc.sql("INSERT INTO protected_residents (resident_id, since) VALUES (:id, 0)")
			.param("id", protectedResident.value()).update();
		ResidentId web = this.residents.resolve(Channel.WEB, "session-" + IDS.incrementAndGet());

		assertThat(this.invitations.invite(protectedResident, "feeling-safe")).isEqualTo(Outcome.NOT_REACHABLE);
		assertThat(this.invitations.invite(web, "feeling-safe")).isEqualTo(Outcome.NOT_REACHABLE);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM outbox WHERE resident_id IN (:ids)")
			.param("ids", List.of(protectedResident.value(), web.value())).query(Long.class).single()).isZero();
	}

	private static Call press(long chat, Call message, String label) {
		String data = null;
		for (JsonNode row : message.body().path("reply_markup").path("inline_keyboard")) {
			for (JsonNode button : row) {
				if (button.path("text").asString().equals(label)) {
					data = button.path("callback_data").asString();
				}
			}
		}
		assertThat(data).as("a button %s in %s", label, message.text()).isNotNull();
		ObjectNode press = telegramPress(chat, chat, data);
		TELEGRAM.deliver(press);
		return next(chat);
	}

	private static Call type(long chat, String text) {
		ObjectNode update = telegramText(chat, (int) (IDS.incrementAndGet() % 1_000_000), text);
		TELEGRAM.deliver(update);
		return next(chat);
	}

	/** The next message sent to the chat after those already seen. */
	private static Call next(long chat) {
		int seen = SEEN.computeIfAbsent(chat, id -> new ArrayList<>()).size();
		TELEGRAM.awaitCalls(calls -> TELEGRAM.delivered(chat).size() > seen, WAIT);
		Call call = TELEGRAM.delivered(chat).get(seen);
		SEEN.get(chat).add(call);
		return call;
	}

	private static List<String> labels(Call message) {
		List<String> labels = new ArrayList<>();
		message.body().path("reply_markup").path("inline_keyboard")
			.forEach(row -> row.forEach(button -> labels.add(button.path("text").asString())));
		return labels;
	}
}
