package uk.sosafe.assistant.survey;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.InboundMessage;
import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.survey.AnswerReader.Reading;
import uk.sosafe.assistant.survey.Question.Choice;
import uk.sosafe.assistant.survey.Question.Type;

import static org.assertj.core.api.Assertions.assertThat;

/** Residents answer by pressing, by number, or in their own words; what cannot be read gets a hint. */
class AnswerReaderTest {

	private static final Question WORRIES = new Question("worries", Type.MULTIPLE_CHOICE, "Which?", false,
			List.of(new Choice("drugs", "Drug dealing or drug use"), new Choice("asb", "Anti-social behaviour"),
					new Choice("fraud", "Scams and fraud"), new Choice("none", "None of these")),
			0, 0, 0, null, null);

	private static final Question WARD = new Question("ward", Type.WARD, "Where?", false,
			List.of(new Choice("old-town", "Old Town"), new Choice("st-nicholas", "St Nicholas"),
					new Choice("not-sure", "I'm not sure")),
			0, 0, 0, null, null);

	private static final Question REPORT = new Question("report", Type.YES_NO, "Would you?", false,
			List.of(new Choice("yes", "Yes"), new Choice("no", "No")), 0, 0, 0, null, null);

	private static final Question TIMES = new Question("times", Type.NUMBER, "How many?", true, List.of(), 0, 20, 0, null,
			null);

	private static final Question TEXT = new Question("text", Type.FREE_TEXT, "Tell us", false, List.of(), 0, 0, 20, null,
			null);

	@Test
	void aPressedOptionIsReadThroughTheValuesItWasSentWith() {
		Map<String, String> offered = Map.of("k3x9ab", "asb");

		assertThat(read(WORRIES, option("survey:o:k3x9ab"), offered)).isEqualTo(new Reading.Chosen(List.of("asb")));
		assertThat(read(WORRIES, option("survey:o:unknown"), offered)).isInstanceOf(Reading.Invalid.class);
		assertThat(read(WORRIES, option(AnswerReader.DONE), offered)).isInstanceOf(Reading.Done.class);
		assertThat(read(REPORT, option(AnswerReader.SKIP), offered)).isInstanceOf(Reading.Skip.class);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "2|st-nicholas", "old town|old-town", "Saint Nicholas ward|st-nicholas",
			"OLD TOWN!|old-town", "not sure|not-sure" })
	void aWardIsFoundByNumberOrName(String typed, String ward) {
		assertThat(read(WARD, text(typed), Map.of())).isEqualTo(new Reading.Chosen(List.of(ward)));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "1, 3|drugs,fraud", "1 3|drugs,fraud", "drugs and fraud|drugs,fraud",
			"anti social behaviour|asb", "none|none" })
	void severalChoicesCanBeTypedAtOnce(String typed, String values) {
		assertThat(read(WORRIES, text(typed), Map.of())).isEqualTo(new Reading.Chosen(List.of(values.split(","))));
	}

	@Test
	void typedWordsForYesNoDoneAndSkipAreUnderstood() {
		assertThat(read(REPORT, text("Yep"), Map.of())).isEqualTo(new Reading.Chosen(List.of("yes")));
		assertThat(read(REPORT, text("nah"), Map.of())).isEqualTo(new Reading.Chosen(List.of("no")));
		assertThat(read(WORRIES, text("That's all"), Map.of())).isInstanceOf(Reading.Done.class);
		assertThat(read(TEXT, text("Skip"), Map.of())).isInstanceOf(Reading.Skip.class);
	}

	@Test
	void whatCannotBeReadGivesAHintFittingTheQuestion() {
		assertThat(read(REPORT, text("maybe later"), Map.of())).isEqualTo(new Reading.Invalid("survey.hint.yes-no", List.of()));
		assertThat(read(WORRIES, text("1, banana"), Map.of())).isEqualTo(new Reading.Invalid("survey.hint.multiple", List.of()));
		assertThat(read(WARD, text("7"), Map.of())).isEqualTo(new Reading.Invalid("survey.hint.choice", List.of()));
		assertThat(read(TIMES, text("21"), Map.of())).isEqualTo(new Reading.Invalid("survey.hint.number", List.of(0, 20)));
		assertThat(read(TIMES, text("lots"), Map.of())).isEqualTo(new Reading.Invalid("survey.hint.number", List.of(0, 20)));
		assertThat(read(TEXT, text("this answer is far too long"), Map.of()))
			.isEqualTo(new Reading.Invalid("survey.hint.text-long", List.of(20)));
	}

	@Test
	void numbersAndFreeTextAreTakenAsTyped() {
		assertThat(read(TIMES, text(" 3 "), Map.of())).isEqualTo(new Reading.Chosen(List.of("3")));
		assertThat(read(TEXT, text(" More lights "), Map.of())).isEqualTo(new Reading.Chosen(List.of("More lights")));
	}

	private static Reading read(Question question, InboundMessage message, Map<String, String> offered) {
		return AnswerReader.read(question, message, offered, question.choices());
	}

	private static InboundMessage text(String text) {
		return new InboundMessage(new ResidentId("r_test"), Channel.WEB, "x", text, null, Instant.now());
	}

	private static InboundMessage option(String value) {
		return new InboundMessage(new ResidentId("r_test"), Channel.WEB, "x", "", value, Instant.now());
	}
}
