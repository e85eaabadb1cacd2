package uk.sosafe.assistant.survey;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.error.YAMLException;

import uk.sosafe.assistant.survey.Question.Choice;
import uk.sosafe.assistant.survey.Question.Type;

/**
 * Reads one survey file and checks it, collecting every problem with the file and question it is in,
 * so an author sees all that is wrong at once. Conditions are checked by {@link ConditionRules}.
 */
final class SurveyParser {

	static final Pattern SURVEY_ID = Pattern.compile("^[a-z0-9][a-z0-9-]{0,39}$");

	private static final Pattern NAME = Pattern.compile("^[a-z0-9][a-z0-9-]{0,29}$");

	private static final Set<String> SURVEY_FIELDS = Set.of("id", "title", "intro", "consent", "anonymous", "opens",
			"closes", "end", "questions");

	private static final Set<String> COMMON_FIELDS = Set.of("id", "type", "text", "required", "show-if", "skip-if");

	private static final Map<Type, Set<String>> TYPE_FIELDS = Map.of(Type.SINGLE_CHOICE, Set.of("options"),
			Type.MULTIPLE_CHOICE, Set.of("options"), Type.RATING, Set.of("max", "labels"), Type.NUMBER,
			Set.of("min", "max"), Type.FREE_TEXT, Set.of("max-length"), Type.YES_NO, Set.of(), Type.WARD, Set.of());

	private static final int MAX_QUESTIONS = 30;

	private static final int MAX_LABEL = 60;

	private static final int MAX_QUESTION_TEXT = 400;

	private static final int DEFAULT_TEXT_LENGTH = 500;

	private final String source;

	private final List<Ward> wards;

	private final List<String> problems;

	private SurveyParser(String source, List<Ward> wards, List<String> problems) {
		this.source = source;
		this.wards = wards;
		this.problems = problems;
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
				problem("should be a YAML mapping with id, title, questions and the other survey fields");
				return Optional.empty();
			}
			root = map;
		}
		catch (YAMLException ex) {
			problem("is not valid YAML: " + ex.getMessage().lines().findFirst().orElse(""));
			return Optional.empty();
		}
		unknownFields(root, SURVEY_FIELDS, "");
		String id = text(root, "id", "");
		if (id != null && !id.equals(expectedId)) {
			problem("id " + id + " should match the file name (" + expectedId + ")");
		}
		else if (id != null && !SURVEY_ID.matcher(id).matches()) {
			problem("id " + id + " should be lower-case letters, digits and hyphens, up to 40");
		}
		String title = text(root, "title", "");
		String intro = text(root, "intro", "");
		String consent = text(root, "consent", "");
		String end = text(root, "end", "");
		Boolean anonymous = flag(root, "anonymous", "", null);
		LocalDate opens = date(root, "opens");
		LocalDate closes = date(root, "closes");
		if (opens != null && closes != null && closes.isBefore(opens)) {
			problem("closes (" + closes + ") is before opens (" + opens + ")");
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
			problem("questions should be a list with at least one question");
			return List.of();
		}
		if (entries.size() > MAX_QUESTIONS) {
			problem("has " + entries.size() + " questions; keep it to " + MAX_QUESTIONS + " or fewer");
		}
		List<Question> questions = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		Map<String, Map<?, ?>> rawConditions = new java.util.LinkedHashMap<>();
		for (int i = 0; i < entries.size(); i++) {
			if (!(entries.get(i) instanceof Map<?, ?> fields)) {
				problem("question " + (i + 1) + " should be a mapping with id, type and text");
				continue;
			}
			Optional<Question> question = question(i + 1, fields);
			question.ifPresent(parsed -> {
				if (!ids.add(parsed.id())) {
					problem("question " + parsed.id() + ": the id is used twice");
				}
				questions.add(parsed);
				rawConditions.put(parsed.id(), fields);
			});
		}
		return new ConditionRules(this.source, this.problems).apply(questions, rawConditions);
	}

	private Optional<Question> question(int position, Map<?, ?> fields) {
		String id = text(fields, "id", "question " + position + ": ");
		String where = "question " + (id == null ? String.valueOf(position) : id) + ": ";
		if (id != null && !NAME.matcher(id).matches()) {
			problem(where + "the id should be lower-case letters, digits and hyphens, up to 30");
		}
		String typeName = text(fields, "type", where);
		Optional<Type> type = typeName == null ? Optional.empty() : Type.named(typeName);
		if (typeName != null && type.isEmpty()) {
			problem(where + "unknown type " + typeName + " (use one of " + Type.names() + ")");
		}
		String text = text(fields, "text", where);
		if (text != null && text.length() > MAX_QUESTION_TEXT) {
			problem(where + "the text is " + text.length() + " characters; keep it to " + MAX_QUESTION_TEXT);
		}
		Boolean required = flag(fields, "required", where, false);
		if (id == null || type.isEmpty() || text == null || required == null) {
			return Optional.empty();
		}
		Set<String> allowed = new HashSet<>(COMMON_FIELDS);
		allowed.addAll(TYPE_FIELDS.get(type.get()));
		unknownFields(fields, allowed, where + "");
		return typed(id, type.get(), text, required, fields, where);
	}

	private Optional<Question> typed(String id, Type type, String text, boolean required, Map<?, ?> fields,
			String where) {
		return switch (type) {
			case SINGLE_CHOICE, MULTIPLE_CHOICE -> Optional.of(new Question(id, type, text, required,
					options(fields.get("options"), where), 0, 0, 0, null, null));
			case RATING -> rating(id, text, required, fields, where);
			case YES_NO -> Optional.of(new Question(id, type, text, required,
					List.of(new Choice("yes", "Yes"), new Choice("no", "No")), 0, 0, 0, null, null));
			case WARD -> {
				if (this.wards.isEmpty()) {
					problem(where + "a ward question needs the list of wards in wards.yaml next to the surveys folder");
				}
				yield Optional.of(new Question(id, type, text, required,
						this.wards.stream().map(ward -> new Choice(ward.id(), ward.name())).toList(), 0, 0, 0, null, null));
			}
			case NUMBER -> number(id, text, required, fields, where);
			case FREE_TEXT -> {
				Integer length = whole(fields, "max-length", where, DEFAULT_TEXT_LENGTH);
				if (length != null && (length < 1 || length > 2000)) {
					problem(where + "max-length should be from 1 to 2000");
				}
				yield length == null ? Optional.empty()
						: Optional.of(new Question(id, type, text, required, List.of(), 0, 0, length, null, null));
			}
		};
	}

	private List<Choice> options(Object value, String where) {
		if (!(value instanceof List<?> entries) || entries.isEmpty()) {
			problem(where + "options should be a list of at least two choices, each with a value and a label");
			return List.of();
		}
		if (entries.size() < 2) {
			problem(where + "has only one option; a choice needs at least two");
		}
		List<Choice> choices = new ArrayList<>();
		Set<String> values = new HashSet<>();
		for (Object entry : entries) {
			if (!(entry instanceof Map<?, ?> option)) {
				problem(where + "each option should be a mapping with value and label");
				continue;
			}
			String optionValue = text(option, "value", where + "an option: ");
			String label = text(option, "label", where + "option " + optionValue + ": ");
			if (optionValue == null || label == null) {
				continue;
			}
			if (!NAME.matcher(optionValue).matches()) {
				problem(where + "option value " + optionValue + " should be lower-case letters, digits and hyphens, up to 30");
			}
			if (!values.add(optionValue)) {
				problem(where + "option value " + optionValue + " is used twice");
			}
			labelLength(label, where);
			choices.add(new Choice(optionValue, label));
		}
		return choices;
	}

	private Optional<Question> rating(String id, String text, boolean required, Map<?, ?> fields, String where) {
		Integer max = whole(fields, "max", where, 5);
		if (max == null || max < 2 || max > 10) {
			problem(where + "a rating scale runs from 1 to max, and max should be from 2 to 10");
			return Optional.empty();
		}
		Map<?, ?> labels = fields.get("labels") instanceof Map<?, ?> map ? map : Map.of();
		if (fields.get("labels") != null && labels.isEmpty()) {
			problem(where + "labels should map points of the scale to words, like 1: Very unsafe");
		}
		List<Choice> choices = new ArrayList<>();
		for (int point = 1; point <= max; point++) {
			Object label = labels.get(point);
			choices.add(new Choice(String.valueOf(point), label == null ? String.valueOf(point) : String.valueOf(label).strip()));
		}
		for (Object point : labels.keySet()) {
			if (!(point instanceof Integer number) || number < 1 || number > max) {
				problem(where + "label for " + point + " is not a point of the scale 1 to " + max);
			}
		}
		choices.forEach(choice -> labelLength(choice.label(), where));
		return Optional.of(new Question(id, Type.RATING, text, required, choices, 1, max, 0, null, null));
	}

	private Optional<Question> number(String id, String text, boolean required, Map<?, ?> fields, String where) {
		Integer min = whole(fields, "min", where, null);
		Integer max = whole(fields, "max", where, null);
		if (min == null || max == null) {
			problem(where + "a number question needs a whole-number min and max");
			return Optional.empty();
		}
		if (max < min) {
			problem(where + "max (" + max + ") is below min (" + min + ")");
		}
		return Optional.of(new Question(id, Type.NUMBER, text, required, List.of(), min, max, 0, null, null));
	}

	private void labelLength(String label, String where) {
		if (label.length() > MAX_LABEL) {
			problem(where + "the label \"" + label + "\" is longer than " + MAX_LABEL + " characters (it must fit a button)");
		}
	}

	private void unknownFields(Map<?, ?> fields, Set<String> allowed, String where) {
		Set<String> unknown = new TreeSet<>();
		fields.keySet().forEach(key -> {
			if (!allowed.contains(String.valueOf(key))) {
				unknown.add(String.valueOf(key));
			}
		});
		unknown.forEach(key -> problem(where + "unknown field " + key + " (expected " + String.join(", ", new TreeSet<>(allowed)) + ")"));
	}

	private String text(Map<?, ?> fields, String key, String where) {
		Object value = fields.get(key);
		if (value == null || String.valueOf(value).isBlank()) {
			problem(where + key + " is missing");
			return null;
		}
		return String.valueOf(value).strip();
	}

	private Boolean flag(Map<?, ?> fields, String key, String where, Boolean otherwise) {
		Object value = fields.get(key);
		if (value == null && otherwise != null) {
			return otherwise;
		}
		if (!(value instanceof Boolean bool)) {
			problem(where + key + " should be true or false");
			return null;
		}
		return bool;
	}

	private Integer whole(Map<?, ?> fields, String key, String where, Integer otherwise) {
		Object value = fields.get(key);
		if (value == null) {
			return otherwise;
		}
		if (!(value instanceof Integer number)) {
			problem(where + key + " should be a whole number, not " + value);
			return null;
		}
		return number;
	}

	private LocalDate date(Map<?, ?> fields, String key) {
		Object value = fields.get(key);
		if (value != null) {
			try {
				return LocalDate.parse(String.valueOf(value).strip());
			}
			catch (DateTimeParseException ex) {
				// reported below
			}
		}
		problem(key + " should be a date like 2026-11-16, not " + (value == null ? "missing" : value));
		return null;
	}

	private void problem(String message) {
		this.problems.add(this.source + ": " + message);
	}
}
