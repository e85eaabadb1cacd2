package uk.sosafe.assistant.survey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.sosafe.assistant.survey.Question.Choice;
import uk.sosafe.assistant.survey.Question.Type;
import uk.sosafe.assistant.survey.SurveyResults.OptionCount;
import uk.sosafe.assistant.survey.SurveyResults.QuestionResult;

import static org.assertj.core.api.Assertions.assertThat;

/** Counting, suppression, CSV and charts, on answers made up in memory. */
class ResultsTablesTest {

	private static final Question REPORT = new Question("report", Type.SINGLE_CHOICE, "Would you report it?", false,
			List.of(new Choice("yes", "Yes"), new Choice("no", "No"), new Choice("maybe", "Not sure")), 0, 0, 0, null, null);

	private static final Question WORRIES = new Question("worries", Type.MULTIPLE_CHOICE, "What worries you?", false,
			List.of(new Choice("drugs", "Drugs"), new Choice("fraud", "Fraud")), 0, 0, 0, null, null);

	private static final Question TIMES = new Question("times", Type.NUMBER, "How many times?", false, List.of(), 0, 9, 0,
			null, null);

	private static final Question IDEAS = new Question("ideas", Type.FREE_TEXT, "Ideas?", false, List.of(), 0, 0, 500,
			null, null);

	@Test
	void aCountUnderFiveIsHiddenAndSoIsTheNextSmallestWhenOneHiddenCountCouldBeWorkedOut() {
		List<Answers> responses = repeat("report", "yes", 7);
		responses.addAll(repeat("report", "no", 6));
		responses.addAll(repeat("report", "maybe", 2));

		QuestionResult result = QuestionCounts.of(REPORT, responses, 5);

		assertThat(result.answered().count()).isEqualTo(15);
		assertThat(figure(result, "Yes").count()).isEqualTo(7);
		assertThat(figure(result, "Yes").percent()).isEqualTo(46.7);
		assertThat(figure(result, "Not sure").suppressed()).isTrue();
		assertThat(figure(result, "No").suppressed()).as("else 15 - 7 - 6 gives the hidden 2").isTrue();
	}

	@Test
	void multipleChoiceCountsNeedNoSecondHiding() {
		List<Answers> responses = repeat("worries", "drugs", 6);
		responses.add(new Answers(Map.of("worries", List.of("drugs", "fraud"))));

		QuestionResult result = QuestionCounts.of(WORRIES, responses, 5);

		assertThat(figure(result, "Drugs").count()).isEqualTo(7);
		assertThat(figure(result, "Fraud").suppressed()).isTrue();
	}

	@Test
	void numbersAreCountedInBandsAndFreeTextIsListedOnlyForFiveOrMore() {
		List<Answers> responses = repeat("times", "0", 5);
		responses.addAll(repeat("times", "9", 5));
		List<Answers> few = repeat("ideas", "More lights", 4);

		QuestionResult times = QuestionCounts.of(TIMES, responses, 5);

		assertThat(times.options()).extracting(OptionCount::label).containsExactly("0 to 1", "2 to 3", "4 to 5", "6 to 7", "8 to 9");
		assertThat(figure(times, "0 to 1").count()).isEqualTo(5);
		assertThat(figure(times, "8 to 9").count()).isEqualTo(5);
		assertThat(QuestionCounts.of(IDEAS, few, 5).freeTextWithheld()).isTrue();
		assertThat(QuestionCounts.of(IDEAS, few, 5).freeText()).isEmpty();
		few.add(Answers.none());
		assertThat(QuestionCounts.of(IDEAS, few, 5).freeText()).hasSize(4);
	}

	@Test
	void theCsvIsForSpreadsheetsAndDefusesFormulas() {
		SurveyDefinition survey = survey(REPORT, WORRIES, IDEAS);
		List<Answers> responses = List.of(new Answers(Map.of("report", List.of("yes"), "worries", List.of("drugs", "fraud"),
				"ideas", List.of("=HYPERLINK(\"x\"), then \"more\""))), new Answers(Map.of("report", List.of("no"))));

		String csv = ResultsCsv.write(survey, responses);

		assertThat(csv).isEqualTo("\uFEFFreport,worries,ideas\r\n"
				+ "Yes,Drugs; Fraud,\"'=HYPERLINK(\"\"x\"\"), then \"\"more\"\"\"\r\n"
				+ "No,,\r\n");
	}

	@Test
	void theChartDescribesEveryBarAndShowsNoSmallCount() {
		List<Answers> responses = repeat("report", "yes", 6);
		responses.addAll(repeat("report", "no", 5));
		responses.add(new Answers(Map.of("report", List.of("maybe"))));
		Question tricky = new Question("report", Type.SINGLE_CHOICE, "Would you <report> it & why?", false, REPORT.choices(),
				0, 0, 0, null, null);

		String svg = BarChartSvg.draw(survey(tricky), QuestionCounts.of(tricky, responses, 5));

		assertThat(svg).contains("<title id=\"chart-test-report-title\">Would you &lt;report&gt; it &amp; why?</title>")
			.contains("aria-labelledby=\"chart-test-report-title chart-test-report-desc\"")
			.contains("<desc id=\"chart-test-report-desc\">")
			.contains("Not sure fewer than 5")
			.contains("No fewer than 5")
			.contains("Yes 50.0% (6)")
			.doesNotContain("(1)");
	}

	private static SurveyDefinition survey(Question... questions) {
		return new SurveyDefinition("test", "Test", "Intro", "Consent", true, LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 12, 31), "Thanks", List.of(questions));
	}

	private static List<Answers> repeat(String question, String value, int times) {
		List<Answers> responses = new ArrayList<>();
		for (int i = 0; i < times; i++) {
			responses.add(new Answers(Map.of(question, List.of(value))));
		}
		return responses;
	}

	private static SurveyResults.Figure figure(QuestionResult result, String label) {
		return result.options().stream().filter(option -> option.label().equals(label)).findFirst().orElseThrow().figure();
	}
}
