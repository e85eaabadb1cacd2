package uk.sosafe.assistant.survey;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the fields of one survey file, adding a problem (prefixed with the file) for each that is
 * missing, misspelt or of the wrong kind, and carrying on so every problem is found in one pass.
 */
final class SurveyFields {

	private final String source;

	private final List<String> problems;

	SurveyFields(String source, List<String> problems) {
		this.source = source;
		this.problems = problems;
	}

	/** Names every field that is not one of {@code allowed}, with what was expected. */
	void unknownFields(Map<?, ?> fields, Set<String> allowed, String where) {
		Set<String> unknown = new TreeSet<>();
		fields.keySet().forEach(key -> {
			if (!allowed.contains(String.valueOf(key))) {
				unknown.add(String.valueOf(key));
			}
		});
		unknown.forEach(key -> problem(where + "unknown field " + key + " (expected " + String.join(", ", new TreeSet<>(allowed)) + ")"));
	}

	/** A text field that must be given. */
	String text(Map<?, ?> fields, String key, String where) {
		Object value = fields.get(key);
		if (value == null || String.valueOf(value).isBlank()) {
			problem(where + key + " is missing");
			return null;
		}
		return String.valueOf(value).strip();
	}

	/** true or false; {@code otherwise} when absent, unless that is null (then it must be given). */
	Boolean flag(Map<?, ?> fields, String key, String where, Boolean otherwise) {
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

	/** A whole number; {@code otherwise} when absent. */
	Integer whole(Map<?, ?> fields, String key, String where, Integer otherwise) {
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

	/** A real date, like 2026-11-16, that must be given. */
	LocalDate date(Map<?, ?> fields, String key) {
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

	void problem(String message) {
		this.problems.add(this.source + ": " + message);
	}
}
