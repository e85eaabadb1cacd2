package uk.sosafe.assistant.survey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.sosafe.assistant.survey.Question.Type;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Survey files are checked as a whole at start, and every problem names its file and question. */
class SurveyDefinitionsTest {

	private static final String FILE = "content/surveys/test.yaml";

	private static final List<Ward> WARDS = List.of(new Ward("bedwell", "Bedwell"), new Ward("chells", "Chells"));

	private static final String HEAD = """
			id: test
			title: Test survey
			intro: What it is for.
			consent: What happens to the answers.
			anonymous: true
			opens: 2026-01-01
			closes: 2026-12-31
			end: Thank you.
			questions:
			""";

	private static final String RATING = """
			  - id: safe
			    type: rating
			    text: How safe?
			    max: 5
			    labels: {1: Very unsafe, 5: Very safe}
			""";

	@Test
	void theShippedSurveyAndWardsAreUsable() {
		SurveyCatalogue catalogue = SurveyCatalogue.load(Path.of("content"));

		SurveyDefinition survey = catalogue.find("feeling-safe").orElseThrow();
		assertThat(survey.title()).isEqualTo("Feeling safe in Stevenage");
		assertThat(survey.anonymous()).isTrue();
		assertThat(survey.questions()).extracting(Question::type)
			.contains(Type.RATING, Type.FREE_TEXT, Type.MULTIPLE_CHOICE, Type.YES_NO, Type.SINGLE_CHOICE, Type.WARD);
		assertThat(survey.wardQuestion()).isPresent();
		assertThat(catalogue.wards()).extracting(Ward::name).contains("Bandley Hill", "Old Town", "St Nicholas",
				"Symonds Green", "Woodfield").hasSize(15);
		survey.questions().stream().filter(question -> question.type() == Type.FREE_TEXT)
			.forEach(question -> assertThat(question.text()).as(question.id()).contains("don't write anyone's name"));
	}

	@Test
	void theShippedSurveyIsOpenForTheJourneyTests() {
		SurveyDefinition survey = SurveyCatalogue.load(Path.of("content")).find("feeling-safe").orElseThrow();

		assertThat(survey.isOpenOn(LocalDate.now(SurveyCatalogue.LONDON)))
			.as("feeling-safe.yaml closes on %s; the journey tests run it: extend its dates or ship its successor",
					survey.closes())
			.isTrue();
	}

	@Test
	void conditionsDecideWhichQuestionComesNext() {
		SurveyDefinition survey = parse(RATING + """
				  - id: why
				    type: free-text
				    text: Why?
				    show-if: {question: safe, at-most: 2}
				  - id: report
				    type: yes-no
				    text: Would you report it?
				    skip-if: {question: safe, any-of: ["5"]}
				  - id: ward
				    type: ward
				    text: Where?
				""");
		Answers unsafe = new Answers(Map.of("safe", List.of("1")));
		Answers verySafe = new Answers(Map.of("safe", List.of("5")));

		assertThat(survey.nextAsked("safe", unsafe)).map(Question::id).contains("why");
		assertThat(survey.nextAsked("safe", verySafe)).map(Question::id).contains("ward");
		assertThat(survey.nextAsked("safe", Answers.none())).as("skipped: no condition holds").map(Question::id).contains("report");
		assertThat(survey.question("ward").orElseThrow().choices()).extracting(Question.Choice::label).containsExactly("Bedwell", "Chells");
	}

	@Test
	void answersThatYamlWouldTurnIntoBooleansStayWords() {
		SurveyDefinition survey = parse("""
				  - id: pick
				    type: single-choice
				    text: Pick one
				    options:
				      - {value: yes, label: Yes}
				      - {value: no, label: No}
				      - {value: off, label: Off}
				""");

		assertThat(survey.questions().get(0).choices()).extracting(Question.Choice::label).containsExactly("Yes", "No", "Off");
	}

	@Test
	void aConditionOnAnUnknownQuestionIsNamed() {
		assertThat(problems(RATING + """
				  - id: why
				    type: free-text
				    text: Why?
				    show-if: {question: safty, at-most: 2}
				""")).anySatisfy(problem -> assertThat(problem).startsWith(FILE)
			.contains("question why: show-if refers to question safty, which is not in this survey"));
	}

	@Test
	void aConditionThatLooksForwardIsRefused() {
		assertThat(problems("""
				  - id: why
				    type: free-text
				    text: Why?
				    show-if: {question: safe, at-most: 2}
				""" + RATING)).anySatisfy(problem -> assertThat(problem).startsWith(FILE)
			.contains("question why: its condition looks forward to question safe, which comes later"));
	}

	@Test
	void conditionsThatWaitOnEachOtherAreALoop() {
		assertThat(problems("""
				  - id: a
				    type: yes-no
				    text: A?
				    show-if: {question: b, any-of: [yes]}
				  - id: b
				    type: yes-no
				    text: B?
				    skip-if: {question: a, any-of: [no]}
				  - id: c
				    type: yes-no
				    text: C?
				    show-if: {question: c, any-of: [yes]}
				""")).anySatisfy(problem -> assertThat(problem).contains("conditions go round in a loop: a -> b -> a"))
			.anySatisfy(problem -> assertThat(problem).contains("conditions go round in a loop: c -> c"));
	}

	@Test
	void aConditionMustUseAnAnswerTheQuestionCanHave() {
		List<String> problems = problems(RATING + """
				  - id: report
				    type: yes-no
				    text: Would you report it?
				    show-if: {question: safe, any-of: ["7"]}
				  - id: more
				    type: free-text
				    text: More?
				  - id: after
				    type: yes-no
				    text: After?
				    show-if: {question: more, any-of: [x]}
				  - id: last
				    type: yes-no
				    text: Last?
				    show-if: {question: report, at-least: 1}
				""");

		assertThat(problems).anySatisfy(problem -> assertThat(problem)
			.contains("question report: show-if lists 7, which question safe does not offer (it offers 1, 2, 3, 4, 5)"));
		assertThat(problems).anySatisfy(problem -> assertThat(problem)
			.contains("question after: show-if tests free-text question more"));
		assertThat(problems).anySatisfy(problem -> assertThat(problem)
			.contains("question last: show-if uses at-least/at-most on question report, which is not a number or rating"));
	}

	@Test
	void emptyAndSingleOptionsAreRefused() {
		List<String> problems = problems("""
				  - id: none
				    type: single-choice
				    text: Pick
				    options: []
				  - id: one
				    type: multiple-choice
				    text: Pick
				    options:
				      - {value: only, label: Only}
				""");

		assertThat(problems).anySatisfy(problem -> assertThat(problem).startsWith(FILE)
			.contains("question none: options should be a list of at least two choices"));
		assertThat(problems).anySatisfy(problem -> assertThat(problem).contains("question one: has only one option"));
	}

	@Test
	void duplicateQuestionIdsAndOptionValuesAreRefused() {
		List<String> problems = problems(RATING + RATING + """
				  - id: pick
				    type: single-choice
				    text: Pick
				    options:
				      - {value: a, label: A}
				      - {value: a, label: Also A}
				""");

		assertThat(problems).anySatisfy(problem -> assertThat(problem).contains("question safe: the id is used twice"));
		assertThat(problems).anySatisfy(problem -> assertThat(problem).contains("question pick: option value a is used twice"));
	}

	@Test
	void badDatesAreRefused() {
		assertThat(problems(HEAD.replace("opens: 2026-01-01", "opens: 2026-02-30"), RATING))
			.anySatisfy(problem -> assertThat(problem).isEqualTo(FILE + ": opens should be a date like 2026-11-16, not 2026-02-30"));
		assertThat(problems(HEAD.replace("closes: 2026-12-31", "closes: 2025-12-31"), RATING))
			.anySatisfy(problem -> assertThat(problem).isEqualTo(FILE + ": closes (2025-12-31) is before opens (2026-01-01)"));
		assertThat(problems(HEAD.replace("opens: 2026-01-01\n", ""), RATING))
			.anySatisfy(problem -> assertThat(problem).contains("opens should be a date like 2026-11-16, not missing"));
	}

	@Test
	void anUnknownTypeOrFieldIsNamedWithWhatIsAllowed() {
		List<String> problems = problems("""
				  - id: pick
				    type: dropdown
				    text: Pick
				  - id: scale
				    type: rating
				    text: How much?
				    lables: {1: Low}
				""");

		assertThat(problems).anySatisfy(problem -> assertThat(problem).startsWith(FILE).contains(
				"question pick: unknown type dropdown (use one of single-choice, multiple-choice, rating, yes-no, number, free-text, ward)"));
		assertThat(problems).anySatisfy(problem -> assertThat(problem).contains("question scale: unknown field lables"));
	}

	@Test
	void numbersAndScalesNeedSensibleLimits() {
		List<String> problems = problems("""
				  - id: times
				    type: number
				    text: How many times?
				    min: 10
				    max: 2
				  - id: scale
				    type: rating
				    text: How much?
				    max: 12
				  - id: count
				    type: number
				    text: How many?
				""");

		assertThat(problems).anySatisfy(problem -> assertThat(problem).contains("question times: max (2) is below min (10)"));
		assertThat(problems).anySatisfy(problem -> assertThat(problem).contains("question scale: a rating scale runs from 1 to max"));
		assertThat(problems).anySatisfy(problem -> assertThat(problem).contains("question count: a number question needs a whole-number min and max"));
	}

	@Test
	void missingSurveyFieldsAndAnIdThatDoesNotMatchTheFileAreNamed() {
		List<String> problems = problems(HEAD.replace("id: test", "id: other").replace("end: Thank you.\n", ""), RATING);

		assertThat(problems).contains(FILE + ": id other should match the file name (test)", FILE + ": end is missing");
	}

	@Test
	void everyBrokenFileInTheFolderIsReportedAtOnce(@TempDir Path content) throws IOException {
		Files.createDirectories(content.resolve("surveys"));
		Files.writeString(content.resolve("surveys/first.yaml"), HEAD.replace("id: test", "id: first") + """
				  - id: q
				    type: guess
				    text: Q?
				""");
		Files.writeString(content.resolve("surveys/second.yaml"), "id: [unclosed");

		assertThatThrownBy(() -> SurveyCatalogue.load(content)).isInstanceOf(SurveyDefinitionException.class)
			.hasMessageContaining("first.yaml: question q: unknown type guess")
			.hasMessageContaining("second.yaml: is not valid YAML");
	}

	@Test
	void aWardQuestionNeedsTheWardList(@TempDir Path content) throws IOException {
		Files.createDirectories(content.resolve("surveys"));
		Files.writeString(content.resolve("surveys/test.yaml"), HEAD + """
				  - id: ward
				    type: ward
				    text: Where?
				""");

		assertThatThrownBy(() -> SurveyCatalogue.load(content)).isInstanceOf(SurveyDefinitionException.class)
			.hasMessageContaining("test.yaml: question ward: a ward question needs the list of wards");
	}

	private static SurveyDefinition parse(String questions) {
		List<String> problems = new ArrayList<>();
		SurveyDefinition survey = SurveyParser.parse(FILE, "test", HEAD + questions, WARDS, problems).orElse(null);
		assertThat(problems).isEmpty();
		return survey;
	}

	private static List<String> problems(String questions) {
		return problems(HEAD, questions);
	}

	private static List<String> problems(String head, String questions) {
		List<String> problems = new ArrayList<>();
		assertThat(SurveyParser.parse(FILE, "test", head + questions, WARDS, problems)).isEmpty();
		return problems;
	}
}
