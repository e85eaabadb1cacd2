package uk.sosafe.assistant.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import uk.sosafe.assistant.survey.Question.Type;

/**
 * Reads and checks the show-if and skip-if conditions of a survey's questions. A condition may only
 * test an earlier question's answer, so the survey always moves forward: a condition on the question
 * itself or on a later one is refused (as a loop when the questions wait on each other), and so is one
 * on a question that does not exist, on free text, or on an answer the question cannot have.
 */
final class ConditionRules {

	private static final Set<String> FIELDS = Set.of("question", "any-of", "at-least", "at-most");

	private final SurveyFields fields;

	ConditionRules(SurveyFields fields) {
		this.fields = fields;
	}

	/** The questions with their conditions attached; problems are added for any that are wrong. */
	List<Question> apply(List<Question> questions, Map<String, Map<?, ?>> fields) {
		Map<String, Integer> positions = new HashMap<>();
		questions.forEach(question -> positions.putIfAbsent(question.id(), positions.size()));
		Map<String, Question> byId = new LinkedHashMap<>();
		questions.forEach(question -> byId.putIfAbsent(question.id(), question));
		Map<String, List<String>> waitsOn = new LinkedHashMap<>();
		List<Question> result = new ArrayList<>();
		for (Question question : questions) {
			Condition showIf = condition(question, "show-if", fields.get(question.id()).get("show-if"), byId);
			Condition skipIf = condition(question, "skip-if", fields.get(question.id()).get("skip-if"), byId);
			List<String> refs = new ArrayList<>();
			if (showIf != null) {
				refs.add(showIf.question());
			}
			if (skipIf != null) {
				refs.add(skipIf.question());
			}
			waitsOn.put(question.id(), refs);
			result.add(new Question(question.id(), question.type(), question.text(), question.required(),
					question.choices(), question.min(), question.max(), question.maxLength(), showIf, skipIf));
		}
		List<List<String>> loops = loops(waitsOn);
		loops.forEach(loop -> problem("conditions go round in a loop: " + String.join(" -> ", loop)
				+ " (a condition can only use an answer given earlier)"));
		Set<String> inLoops = new TreeSet<>();
		loops.forEach(inLoops::addAll);
		waitsOn.forEach((question, refs) -> refs.stream()
			.filter(ref -> positions.containsKey(ref) && !inLoops.contains(question))
			.filter(ref -> positions.get(ref) > positions.get(question))
			.forEach(ref -> problem("question " + question + ": its condition looks forward to question " + ref
					+ ", which comes later; a condition can only use an answer given earlier")));
		return result;
	}

	private Condition condition(Question question, String key, Object value, Map<String, Question> byId) {
		if (value == null) {
			return null;
		}
		String where = "question " + question.id() + ": " + key + " ";
		if (!(value instanceof Map<?, ?> fields)) {
			problem(where + "should be a mapping with question, and any-of or at-least/at-most");
			return null;
		}
		fields.keySet().stream().map(String::valueOf).filter(field -> !FIELDS.contains(field))
			.forEach(field -> problem(where + "has unknown field " + field + " (expected " + String.join(", ", new TreeSet<>(FIELDS)) + ")"));
		Object ref = fields.get("question");
		if (ref == null) {
			problem(where + "does not say which question it tests");
			return null;
		}
		Question tested = byId.get(String.valueOf(ref));
		if (tested == null) {
			problem(where + "refers to question " + ref + ", which is not in this survey");
			return null;
		}
		List<String> anyOf = values(fields.get("any-of"));
		Integer atLeast = fields.get("at-least") instanceof Integer number ? number : null;
		Integer atMost = fields.get("at-most") instanceof Integer number ? number : null;
		return checked(where, tested, new Condition(tested.id(), anyOf, atLeast, atMost), fields);
	}

	private Condition checked(String where, Question tested, Condition condition, Map<?, ?> fields) {
		boolean range = fields.containsKey("at-least") || fields.containsKey("at-most");
		if ((fields.containsKey("at-least") && condition.atLeast() == null)
				|| (fields.containsKey("at-most") && condition.atMost() == null)) {
			problem(where + "at-least and at-most should be whole numbers");
			return null;
		}
		if (tested.type() == Type.FREE_TEXT) {
			problem(where + "tests free-text question " + tested.id() + "; conditions can only test choices and numbers");
			return null;
		}
		if (condition.anyOf().isEmpty() == !range) {
			problem(where + "needs either any-of (a list of answers) or at-least/at-most, not both or neither");
			return null;
		}
		if (range && tested.type() != Type.NUMBER && tested.type() != Type.RATING) {
			problem(where + "uses at-least/at-most on question " + tested.id() + ", which is not a number or rating");
			return null;
		}
		if (tested.type() == Type.NUMBER && !range) {
			problem(where + "tests number question " + tested.id() + " with any-of; use at-least/at-most");
			return null;
		}
		List<String> unknown = condition.anyOf().stream().filter(value -> tested.choice(value).isEmpty()).toList();
		if (!unknown.isEmpty()) {
			problem(where + "lists " + String.join(", ", unknown) + ", which question " + tested.id()
					+ " does not offer (it offers " + String.join(", ", tested.choices().stream().map(Question.Choice::value).toList()) + ")");
			return null;
		}
		return condition;
	}

	private static List<String> values(Object value) {
		if (value instanceof List<?> list) {
			return list.stream().map(String::valueOf).toList();
		}
		return value == null ? List.of() : List.of(String.valueOf(value));
	}

	private void problem(String message) {
		this.fields.problem(message);
	}

	/** Each loop of questions waiting on each other, as a path that starts and ends at the same question. */
	private static List<List<String>> loops(Map<String, List<String>> waitsOn) {
		List<List<String>> loops = new ArrayList<>();
		Set<String> done = new java.util.HashSet<>();
		for (String start : waitsOn.keySet()) {
			walk(start, new ArrayList<>(), waitsOn, done, loops);
		}
		return loops;
	}

	private static void walk(String question, List<String> path, Map<String, List<String>> waitsOn, Set<String> done,
			List<List<String>> loops) {
		int seen = path.indexOf(question);
		if (seen >= 0) {
			List<String> loop = new ArrayList<>(path.subList(seen, path.size()));
			loop.add(question);
			loops.add(loop);
			return;
		}
		if (!done.add(question)) {
			return;
		}
		path.add(question);
		for (String next : waitsOn.getOrDefault(question, List.of())) {
			walk(next, path, waitsOn, done, loops);
		}
		path.remove(path.size() - 1);
	}
}
