package uk.sosafe.assistant.survey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import uk.sosafe.assistant.survey.Question.Choice;
import uk.sosafe.assistant.survey.Question.Type;

/**
 * Reads one question of a survey file and checks the fields its type needs: options for choices, a
 * scale for ratings, limits for numbers and free text. Conditions are read afterwards, by
 * {@link ConditionRules}, once every question is known.
 */
final class QuestionParser {

	static final Pattern NAME = Pattern.compile("^[a-z0-9][a-z0-9-]{0,29}$");

	private static final Set<String> COMMON_FIELDS = Set.of("id", "type", "text", "required", "show-if", "skip-if");

	private static final Map<Type, Set<String>> TYPE_FIELDS = Map.of(Type.SINGLE_CHOICE, Set.of("options"),
			Type.MULTIPLE_CHOICE, Set.of("options"), Type.RATING, Set.of("max", "labels"), Type.NUMBER,
			Set.of("min", "max"), Type.FREE_TEXT, Set.of("max-length"), Type.YES_NO, Set.of(), Type.WARD, Set.of());

	private static final int MAX_LABEL = 60;

	private static final int MAX_QUESTION_TEXT = 400;

	private static final int DEFAULT_TEXT_LENGTH = 500;

	private final SurveyFields fields;

	private final List<Ward> wards;

	QuestionParser(SurveyFields fields, List<Ward> wards) {
		this.fields = fields;
		this.wards = wards;
	}

	/** Reads the question at this position in the file (from 1), if it is usable. */
	Optional<Question> question(int position, Map<?, ?> entry) {
		String id = this.fields.text(entry, "id", "question " + position + ": ");
		String where = "question " + (id == null ? String.valueOf(position) : id) + ": ";
		if (id != null && !NAME.matcher(id).matches()) {
			problem(where + "the id should be lower-case letters, digits and hyphens, up to 30");
		}
		String typeName = this.fields.text(entry, "type", where);
		Optional<Type> type = typeName == null ? Optional.empty() : Type.named(typeName);
		if (typeName != null && type.isEmpty()) {
			problem(where + "unknown type " + typeName + " (use one of " + Type.names() + ")");
		}
		String text = this.fields.text(entry, "text", where);
		if (text != null && text.length() > MAX_QUESTION_TEXT) {
			problem(where + "the text is " + text.length() + " characters; keep it to " + MAX_QUESTION_TEXT);
		}
		Boolean required = this.fields.flag(entry, "required", where, false);
		if (id == null || type.isEmpty() || text == null || required == null) {
			return Optional.empty();
		}
		Set<String> allowed = new HashSet<>(COMMON_FIELDS);
		allowed.addAll(TYPE_FIELDS.get(type.get()));
		this.fields.unknownFields(entry, allowed, where);
		return typed(id, type.get(), text, required, entry, where);
	}

	private Optional<Question> typed(String id, Type type, String text, boolean required, Map<?, ?> entry,
			String where) {
		return switch (type) {
			case SINGLE_CHOICE, MULTIPLE_CHOICE -> Optional.of(new Question(id, type, text, required,
					options(entry.get("options"), where), 0, 0, 0, null, null));
			case RATING -> rating(id, text, required, entry, where);
			case YES_NO -> Optional.of(new Question(id, type, text, required,
					List.of(new Choice("yes", "Yes"), new Choice("no", "No")), 0, 0, 0, null, null));
			case WARD -> {
				if (this.wards.isEmpty()) {
					problem(where + "a ward question needs the list of wards in wards.yaml next to the surveys folder");
				}
				yield Optional.of(new Question(id, type, text, required,
						this.wards.stream().map(ward -> new Choice(ward.id(), ward.name())).toList(), 0, 0, 0, null, null));
			}
			case NUMBER -> number(id, text, required, entry, where);
			case FREE_TEXT -> {
				Integer length = this.fields.whole(entry, "max-length", where, DEFAULT_TEXT_LENGTH);
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
			String optionValue = this.fields.text(option, "value", where + "an option: ");
			String label = this.fields.text(option, "label", where + "option " + optionValue + ": ");
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

	private Optional<Question> rating(String id, String text, boolean required, Map<?, ?> entry, String where) {
		Integer max = this.fields.whole(entry, "max", where, 5);
		if (max == null || max < 2 || max > 10) {
			problem(where + "a rating scale runs from 1 to max, and max should be from 2 to 10");
			return Optional.empty();
		}
		Map<?, ?> labels = entry.get("labels") instanceof Map<?, ?> map ? map : Map.of();
		if (entry.get("labels") != null && labels.isEmpty()) {
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

	private Optional<Question> number(String id, String text, boolean required, Map<?, ?> entry, String where) {
		Integer min = this.fields.whole(entry, "min", where, null);
		Integer max = this.fields.whole(entry, "max", where, null);
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

	private void problem(String message) {
		this.fields.problem(message);
	}
}
