package uk.sosafe.assistant.survey;

import java.util.List;

/**
 * A test on an earlier answer that decides whether a question is asked: the answer is one of
 * {@code anyOf}, or a number at least {@code atLeast} and at most {@code atMost}. A question that was
 * skipped or not asked has no answer, so no condition on it holds.
 *
 * @param question the id of the earlier question
 * @param anyOf choice values, any of which makes it hold; empty when a range is given
 * @param atLeast the lowest number that makes it hold, or {@code null}
 * @param atMost the highest number that makes it hold, or {@code null}
 */
public record Condition(String question, List<String> anyOf, Integer atLeast, Integer atMost) {

	public Condition {
		anyOf = List.copyOf(anyOf);
	}

	boolean holds(Answers answers) {
		List<String> given = answers.of(this.question);
		if (given.isEmpty()) {
			return false;
		}
		if (!this.anyOf.isEmpty()) {
			return given.stream().anyMatch(this.anyOf::contains);
		}
		return given.stream().anyMatch(this::inRange);
	}

	private boolean inRange(String value) {
		try {
			int number = Integer.parseInt(value);
			return (this.atLeast == null || number >= this.atLeast) && (this.atMost == null || number <= this.atMost);
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}
}
