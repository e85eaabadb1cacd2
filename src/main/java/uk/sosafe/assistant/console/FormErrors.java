package uk.sosafe.assistant.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form's errors, in the order of its fields, for the GOV.UK error summary (each links to its field)
 * and the message above each field.
 */
final class FormErrors {

	private final Map<String, String> byField = new LinkedHashMap<>();

	static FormErrors none() {
		return new FormErrors();
	}

	public FormErrors add(String field, String message) {
		this.byField.putIfAbsent(field, message);
		return this;
	}

	public boolean any() {
		return !this.byField.isEmpty();
	}

	public boolean has(String field) {
		return this.byField.containsKey(field);
	}

	public String of(String field) {
		return this.byField.get(field);
	}

	public List<Error> list() {
		return this.byField.entrySet().stream().map(entry -> new Error(entry.getKey(), entry.getValue())).toList();
	}

	/** One error: the id of the field it links to, and what to do. */
	record Error(String field, String message) {
	}
}
