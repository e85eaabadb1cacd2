package uk.sosafe.assistant.survey;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.ConversationFlow.FlowStep;
import uk.sosafe.assistant.conversation.spi.HandledAs;
import uk.sosafe.assistant.conversation.spi.InboundMessage;
import uk.sosafe.assistant.conversation.spi.Reply;
import uk.sosafe.assistant.conversation.spi.ReplyOption;
import uk.sosafe.assistant.conversation.spi.ResidentForgotten;
import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.system.SqliteDataTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The survey runner on a real SQLite file, driven as the engine drives it (the flow's state handed back
 * each time; "pause" leaves the flow), with two open test surveys, one anonymous and one named.
 */
@SqliteDataTest
@Import({ SurveyFlow.class, SurveyProgress.class, SurveyResponses.class, SurveyReplies.class,
		SurveyFlowDataTest.TestSurveys.class })
class SurveyFlowDataTest {

	@Autowired
	SurveyFlow flow;

	@Autowired
	SurveyResponses responses;

	@Autowired
	SurveyProgress progress;

	@Autowired
	JdbcClient jdbc;

	private Resident resident;

	@BeforeEach
	void newResident() {
		this.resident = new Resident(this.jdbc);
	}

	@Test
	void withTwoSurveysOpenTheResidentChoosesOneAndSeesWhatHappensToTheirAnswers() {
		Reply list = this.resident.say("Survey").replies().get(0);
		assertThat(list.options()).extracting(ReplyOption::label).containsExactly("Feeling safe on my street", "Youth club");

		Reply intro = this.resident.press("Youth club").replies().get(0);

		assertThat(intro.text()).startsWith("Youth club").contains("kept with this chat");
		assertThat(intro.options()).extracting(ReplyOption::label).containsExactly("Start the survey", "Not now");
		assertThat(this.resident.inFlow()).as("the intro waits for Start outside the flow").isFalse();
		assertThat(this.resident.press("Start the survey").replies().get(0).text()).contains("Would you go to a youth club?");
	}

	@Test
	void conditionsSkipQuestionsAndMultipleChoiceCollectsUntilDone() {
		start("street");
		assertThat(this.resident.press("Very safe").replies().get(0).text()).as("no 'why' for the safe")
			.startsWith("What worries you?");
		this.resident.press("Drugs");
		Reply more = this.resident.last();
		assertThat(more.text()).contains("You chose: Drugs");
		assertThat(more.options()).extracting(ReplyOption::label).containsExactly("Fraud", "Done");
		this.resident.press("Done");
		assertThat(this.resident.last().text()).startsWith("How many times");
	}

	@Test
	void anUnreadableAnswerIsAskedAgainOnceWithAHintThenTheSurveyPausesAndResumesThere() {
		start("street");
		this.resident.press("Very unsafe");
		this.resident.say("Nobody walks at night");
		this.resident.press("Done");

		assertThat(this.resident.say("loads").replies().get(0).text())
			.startsWith("Sorry, I didn't get that. Please type a whole number from 0 to 20.").contains("say pause first");
		assertThat(this.resident.say("what is cuckooing").replies().get(0).text()).contains("I have paused the survey");
		assertThat(this.resident.inFlow()).isFalse();

		Reply resumed = this.resident.say("survey").replies().get(0);
		assertThat(resumed.text()).startsWith("Welcome back").contains("How many times");
		assertThat(this.resident.say("3").replies().get(0).text()).contains("Which ward");
	}

	@Test
	void aRequiredQuestionCannotBeSkippedButAnOptionalOneCan() {
		start("street");
		assertThat(this.resident.press("Skip this question").replies().get(0).text()).startsWith("What worries you?");
		this.resident.press("Done");

		assertThat(this.resident.say("skip").replies().get(0).text()).startsWith("This question needs an answer.");
	}

	@Test
	void anAnonymousResponseKeepsNoLinkToTheResidentAndTheirProgressGoes() {
		start("street");
		this.resident.press("Very unsafe");
		this.resident.say("Gary Smith on 07700 900123 shouts at me, email gary@example.org");
		this.resident.press("Fraud");
		this.resident.press("Done");
		this.resident.say("2");
		Reply end = this.resident.press("Chells").replies().get(0);

		assertThat(end.text()).isEqualTo("Thanks for answering.");
		assertThat(this.resident.inFlow()).isFalse();
		String everything = String.join(" ", this.jdbc.sql("""
				SELECT COALESCE(r.resident_id, '') || ' ' || r.id || ' ' || a.value
				FROM survey_responses r JOIN survey_answers a ON a.response_id = r.id WHERE r.survey_id = 'street'""")
			.query(String.class).list());
		assertThat(everything).contains("fraud", "chells", "[name] [name] on [number] shouts at me, email [email]")
			.doesNotContain(this.resident.id.value()).doesNotContain("Gary").doesNotContain("900123").doesNotContain("example.org");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM survey_responses WHERE resident_id IS NOT NULL AND survey_id = 'street'")
			.query(Long.class).single()).isZero();
		assertThat(this.jdbc.sql("SELECT participant_hash FROM survey_participants WHERE survey_id = 'street'").query(String.class)
			.list()).hasSize(1).noneMatch(hash -> hash.contains(this.resident.id.value()));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM survey_progress WHERE resident_id = :r")
			.param("r", this.resident.id.value()).query(Long.class).single()).isZero();

		assertThat(this.resident.say("survey street").replies().get(0).text()).contains("already answered")
			.contains("can't show them or change them");
	}

	@Test
	void aNamedSurveyIsAnsweredOnceAndCanBeReviewedAndChanged() {
		start("youth-club");
		this.resident.press("Yes");
		this.resident.say("A gaming night");
		assertThat(this.resident.say("survey youth-club").replies().get(0).options()).extracting(ReplyOption::label)
			.containsExactly("See my answers", "Change my answers", "Leave them");

		Reply review = this.resident.press("See my answers").replies().get(0);
		assertThat(review.text()).contains("Would you go to a youth club?\nYes").contains("A gaming night");
		this.resident.press("Change my answers");
		this.resident.press("No");
		this.resident.say("skip");

		SurveyDefinition youth = TestSurveys.CATALOGUE.find("youth-club").orElseThrow();
		assertThat(this.responses.answersOf(youth, this.resident.id)).map(answers -> answers.asMap())
			.contains(java.util.Map.of("go", List.of("no")));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM survey_responses WHERE survey_id = 'youth-club' AND resident_id = :r")
			.param("r", this.resident.id.value()).query(Long.class).single()).isOne();
	}

	@Test
	void afterASafetyReplyTheQuestionIsShownAgainBeforeAnythingIsTakenAsAnAnswer() {
		start("street");
		this.resident.press("Very unsafe");
		this.resident.safetyReply();

		Reply again = this.resident.say("ok thank you").replies().get(0);

		assertThat(again.text()).startsWith("When you are ready, here is the survey again.").contains("Why do you feel unsafe?");
		this.resident.say("Dark paths");
		assertThat(this.progress.find(this.resident.id, "street").orElseThrow().answers().get("why")).containsExactly("Dark paths");
	}

	@Test
	void forgettingTheResidentErasesTheirNamedResponseTheirMarkAndTheirProgress() {
		start("youth-club");
		this.resident.press("Yes");
		this.resident.say("skip");
		start("street");

		this.responses.on(new ResidentForgotten(this.resident.id));
		this.progress.on(new ResidentForgotten(this.resident.id));

		SurveyDefinition youth = TestSurveys.CATALOGUE.find("youth-club").orElseThrow();
		assertThat(this.responses.hasCompleted(youth, this.resident.id)).isFalse();
		assertThat(this.responses.answersOf(youth, this.resident.id)).isEmpty();
		assertThat(this.progress.find(this.resident.id, "street")).isEmpty();
	}

	@Test
	void aClosedSurveyCannotBeStarted() {
		assertThat(this.resident.say("survey old").replies().get(0).text()).startsWith("That survey is not open now.");
	}

	private void start(String surveyId) {
		this.resident.say("survey " + surveyId);
		this.resident.press("Start the survey");
	}

	/** A resident driving the flow as the engine would: the state handed back, "pause" leaving it. */
	private final class Resident {

		final ResidentId id = new ResidentId("r_" + UUID.randomUUID());

		private String state;

		private Reply last;

		Resident(JdbcClient jdbc) {
			jdbc.sql("""
					INSERT INTO residents (id, channel, address_hash, address_enc, created_at, last_seen_at)
					VALUES (:id, 'WEB', :id, :blob, 0, 0)""").param("blob", new byte[] { 1 }).param("id", this.id.value()).update();
		}

		Turn say(String text) {
			return take(new InboundMessage(this.id, Channel.WEB, UUID.randomUUID().toString(), text, null, Instant.now()));
		}

		Turn press(String label) {
			String value = this.last.options().stream().filter(option -> option.label().equals(label)).findFirst()
				.orElseThrow(() -> new AssertionError("No option " + label + " in " + this.last.options())).value();
			return take(new InboundMessage(this.id, Channel.WEB, UUID.randomUUID().toString(), "", value, Instant.now()));
		}

		void safetyReply() {
			this.state = SurveyFlowDataTest.this.flow.interrupted(this.state);
		}

		boolean inFlow() {
			return this.state != null;
		}

		Reply last() {
			return this.last;
		}

		private Turn take(InboundMessage message) {
			FlowStep step;
			if (this.state != null) {
				step = SurveyFlowDataTest.this.flow.handle(message, this.state);
			}
			else {
				Optional<String> argument = SurveyFlowDataTest.this.flow.startArgument(message);
				assertThat(argument).as("the survey starts from %s", message.content()).isPresent();
				step = SurveyFlowDataTest.this.flow.start(message, argument.get());
			}
			this.state = step.state();
			assertThat(step.turn().handledAs()).isEqualTo(HandledAs.SURVEY);
			this.last = step.turn().replies().get(step.turn().replies().size() - 1);
			return new Turn(step.turn().replies());
		}
	}

	/** The replies of one step. */
	private record Turn(List<Reply> replies) {
	}

	@TestConfiguration(proxyBeanMethods = false)
	@EnableConfigurationProperties(SurveyProperties.class)
	static class TestSurveys {

		static final SurveyCatalogue CATALOGUE = catalogue();

		@Bean
		SurveyCatalogue surveyCatalogue() {
			return CATALOGUE;
		}

		@Bean
		MessageSource messageSource() {
			ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
			messages.setBasename("file:content/messages/messages");
			messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
			messages.setFallbackToSystemLocale(false);
			messages.setAlwaysUseMessageFormat(true);
			return messages;
		}

		private static SurveyCatalogue catalogue() {
			List<Ward> wards = List.of(new Ward("chells", "Chells"), new Ward("bedwell", "Bedwell"));
			List<String> problems = new ArrayList<>();
			List<SurveyDefinition> surveys = new ArrayList<>();
			SurveyParser.parse("street.yaml", "street", """
					id: street
					title: Feeling safe on my street
					intro: A few questions.
					consent: Answers help the partnership.
					anonymous: true
					opens: 2000-01-01
					closes: 2999-12-31
					end: Thanks for answering.
					questions:
					  - id: safe
					    type: rating
					    text: How safe is your street?
					    max: 3
					    labels: {1: Very unsafe, 3: Very safe}
					  - id: why
					    type: free-text
					    text: Why do you feel unsafe?
					    show-if: {question: safe, at-most: 1}
					  - id: worries
					    type: multiple-choice
					    text: What worries you?
					    options: [{value: drugs, label: Drugs}, {value: fraud, label: Fraud}]
					  - id: times
					    type: number
					    text: How many times did you report something last year?
					    min: 0
					    max: 20
					    required: true
					  - id: ward
					    type: ward
					    text: Which ward do you live in?
					""", wards, problems).ifPresent(surveys::add);
			SurveyParser.parse("youth-club.yaml", "youth-club", """
					id: youth-club
					title: Youth club
					intro: About a youth club.
					consent: We keep your answers with your chat.
					anonymous: false
					opens: 2000-01-01
					closes: 2999-12-31
					end: Thank you.
					questions:
					  - id: go
					    type: yes-no
					    text: Would you go to a youth club?
					    required: true
					  - id: ideas
					    type: free-text
					    text: What should it do?
					""", wards, problems).ifPresent(surveys::add);
			SurveyParser.parse("old.yaml", "old", """
					id: old
					title: Old survey
					intro: Closed.
					consent: Closed.
					anonymous: true
					opens: 2000-01-01
					closes: 2001-01-01
					end: Thanks.
					questions:
					  - id: q
					    type: yes-no
					    text: Is it closed?
					""", wards, problems).ifPresent(surveys::add);
			assertThat(problems).isEmpty();
			return new SurveyCatalogue(surveys, wards);
		}
	}
}
