package uk.sosafe.assistant.survey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads one survey file and checks it, collecting every problem with the file and question it is in,
 * so an author sees all that is wrong at once. Conditions are checked by {@link ConditionRules}.
 */
final class SurveyParser {

	static final Pattern SURVEY_ID = Pattern.compile("^[a-z0-9][a-z0-9-]{0,39}$");

	private static final Set<String> SURVEY_FIELDS = Set.of("id", "title", "intro", "consent", "anonymous", "opens",
			"closes", "end", "questions");

	private static final int MAX_QUESTIONS = 30;

	private final SurveyFields fields;

	private final QuestionParser questionParser;

	private SurveyParser(String source, List<Ward> wards, List<String> problems) {
		this.fields = new SurveyFields(source, problems);
		this.questionParser = new QuestionParser(this.fields, wards);
	}

	/**
	 * Parses a survey file; adds what is wrong to {@code problems} and returns nothing if anything is.
	 *
	 * @param source the file, as named in problems
	 * @param expectedId the id the file's name gives it
	 */
	static Optional<SurveyDefinition> parse(String source, String expectedId, String text, List<Ward> wards,
			List<String> problems) {
		int before = problems.size();
		Optional<SurveyDefinition> survey = new SurveyParser(source, wards, problems).survey(expectedId, text);
		return problems.size() == before ? survey : Optional.empty();
	}

	private Optional<SurveyDefinition> survey(String expectedId, String text) {
		Map<?, ?> root;
		try {
			Object loaded = SurveyYaml.load(text);
			if (!(loaded instanceof Map<?, ?> map)) {
				this.fields.problem("should be a YAML mapping with id, title, questions and the other survey fields");
				return Optional.empty();
			}
			root = map;
		}
		catch (YAMLException ex) {
			this.fields.problem("is not valid YAML: " + ex.getMessage().lines().findFirst().orElse(""));
			return Optional.empty();
		}
		this.fields.unknownFields(root, SURVEY_FIELDS, "");
		String id = this.fields.text(root, "id", "");
		if (id != null && !id.equals(expectedId)) {
			this.fields.problem("id " + id + " should match the file name (" + expectedId + ")");
		}
		else if (id != null && !SURVEY_ID.matcher(id).matches()) {
			this.fields.problem("id " + id + " should be lower-case letters, digits and hyphens, up to 40");
		}
		String title = this.fields.text(root, "title", "");
		String intro = this.fields.text(root, "intro", "");
		String consent = this.fields.text(root, "consent", "");
		String end = this.fields.text(root, "end", "");
		Boolean anonymous = this.fields.flag(root, "anonymous", "", null);
		LocalDate opens = this.fields.date(root, "opens");
		LocalDate closes = this.fields.date(root, "closes");
		if (opens != null && closes != null && closes.isBefore(opens)) {
			this.fields.problem("closes (" + closes + ") is before opens (" + opens + ")");
		}
		List<Question> questions = questions(root.get("questions"));
		if (id == null || title == null || intro == null || consent == null || end == null || anonymous == null
				|| opens == null || closes == null) {
			return Optional.empty();
		}
		return Optional.of(new SurveyDefinition(id, title, intro, consent, anonymous, opens, closes, end, questions));
	}

	private List<Question> questions(Object value) {
		if (!(value instanceof List<?> entries) || entries.isEmpty()) {
			this.fields.problem("questions should be a list with at least one question");
			return List.of();
		}
		if (entries.size() > MAX_QUESTIONS) {
			this.fields.problem("has " + entries.size() + " questions; keep it to " + MAX_QUESTIONS + " or fewer");
		}
		List<Question> questions = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		Map<String, Map<?, ?>> rawConditions = new LinkedHashMap<>();
		for (int i = 0; i < entries.size(); i++) {
			if (!(entries.get(i) instanceof Map<?, ?> fields)) {
				this.fields.problem("question " + (i + 1) + " should be a mapping with id, type and text");
				continue;
			}
			Optional<Question> question = this.questionParser.question(i + 1, fields);
			question.ifPresent(parsed -> {
				if (!ids.add(parsed.id())) {
					this.fields.problem("question " + parsed.id() + ": the id is used twice");
				}
				questions.add(parsed);
				rawConditions.put(parsed.id(), fields);
			});
		}
		return new ConditionRules(this.fields).apply(questions, rawConditions);
	}












}
