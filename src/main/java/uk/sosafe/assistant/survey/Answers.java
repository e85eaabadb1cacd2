package uk.sosafe.assistant.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The answers given so far, by question id: one value, or several for multiple choice. */
final class Answers {

	private final Map<String, List<String>> values;

	Answers(Map<String, List<String>> values) {
		this.values = new LinkedHashMap<>();
		values.forEach((question, given) -> this.values.put(question, new ArrayList<>(given)));
	}

	static Answers none() {
		return new Answers(Map.of());
	}

	List<String> of(String question) {
		return List.copyOf(this.values.getOrDefault(question, List.of()));
	}

	void set(String question, List<String> given) {
		if (given.isEmpty()) {
			this.values.remove(question);
		}
		else {
			this.values.put(question, new ArrayList<>(given));
		}
	}

	void add(String question, String value) {
		List<String> given = this.values.computeIfAbsent(question, id -> new ArrayList<>());
		if (!given.contains(value)) {
			given.add(value);
		}
	}

	Map<String, List<String>> asMap() {
		Map<String, List<String>> copy = new LinkedHashMap<>();
		this.values.forEach((question, given) -> copy.put(question, List.copyOf(given)));
		return copy;
	}
}
