package uk.sosafe.assistant.survey;

import java.util.List;
import java.util.Optional;

/**
 * One question of a survey. Every type that is answered by choosing (single and multiple choice,
 * rating, yes/no, ward) carries its choices, so asking, reading and counting treat them alike.
 *
 * @param id unique within its survey
 * @param type how it is answered
 * @param text what the resident reads
 * @param required whether "skip" is refused
 * @param choices what can be chosen, in order; empty for number and free text
 * @param min the lowest number accepted (number), or 1 (rating)
 * @param max the highest number accepted (number), or the top of the scale (rating)
 * @param maxLength the longest free-text answer kept
 * @param showIf asked only when this holds, or {@code null}
 * @param skipIf not asked when this holds, or {@code null}
 */
public record Question(String id, Type type, String text, boolean required, List<Choice> choices, int min, int max,
		int maxLength, Condition showIf, Condition skipIf) {

	public Question {
		choices = List.copyOf(choices);
	}

	/** Whether this question is asked, given the answers so far. */
	boolean isAsked(Answers answers) {
		return (this.showIf == null || this.showIf.holds(answers)) && (this.skipIf == null || !this.skipIf.holds(answers));
	}

	public Optional<Choice> choice(String value) {
		return this.choices.stream().filter(choice -> choice.value().equals(value)).findFirst();
	}

	/** The label of a stored value: a choice's label, or the value itself (numbers, free text). */
	public String labelOf(String value) {
		return choice(value).map(Choice::label).orElse(value);
	}

	/** The ways a question can be answered, by the names used in survey files. */
	public enum Type {

		SINGLE_CHOICE("single-choice"), MULTIPLE_CHOICE("multiple-choice"), RATING("rating"), YES_NO("yes-no"),
		NUMBER("number"), FREE_TEXT("free-text"), WARD("ward");

		private final String fileName;

		Type(String fileName) {
			this.fileName = fileName;
		}

		public String fileName() {
			return this.fileName;
		}

		/** Whether an answer is one of the choices (or several, for multiple choice). */
		public boolean isChosen() {
			return this != NUMBER && this != FREE_TEXT;
		}

		/** Whether one answer excludes the others, so a question's counts add up to those who answered. */
		public boolean isExclusive() {
			return isChosen() && this != MULTIPLE_CHOICE;
		}

		static Optional<Type> named(String name) {
			for (Type type : values()) {
				if (type.fileName.equals(name)) {
					return Optional.of(type);
				}
			}
			return Optional.empty();
		}

		static String names() {
			return String.join(", ", java.util.Arrays.stream(values()).map(Type::fileName).toList());
		}
	}

	/** One answer that can be chosen: the value stored and counted, the label shown. */
	public record Choice(String value, String label) {
	}
}
