package uk.sosafe.assistant.survey;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import uk.sosafe.assistant.conversation.spi.InboundMessage;
import uk.sosafe.assistant.survey.Question.Choice;
import uk.sosafe.assistant.survey.Question.Type;

/**
 * Reads a message as the answer to one question: an option pressed (or its number texted), or typed
 * words: a number, a label, "yes", "skip", or for multiple choice a list like "1, 3" or "drugs and
 * fraud". What cannot be read gives the hint that will be shown with the question again.
 */
final class AnswerReader {

	static final String OPTION = "survey:o:";

	static final String SKIP = "survey:skip";

	static final String DONE = "survey:done";

	private static final Set<String> YES = Set.of("yes", "y", "yeah", "yep", "yup", "yes please", "i would");

	private static final Set<String> NO = Set.of("no", "n", "nope", "nah", "no i wouldnt", "i wouldnt");

	private static final Set<String> FINISHED = Set.of("done", "thats all", "finished", "thats it", "nothing else", "no more");

	private AnswerReader() {
	}

	/** What a message means for this question; {@code listed} are the choices shown, in order. */
	static Reading read(Question question, InboundMessage message, Map<String, String> offered, List<Choice> listed) {
		if (message.isOption()) {
			return option(message.option(), offered);
		}
		String text = message.text().strip();
		String plain = plain(text);
		if (plain.equals("skip")) {
			return new Reading.Skip();
		}
		return switch (question.type()) {
			case FREE_TEXT -> text.isEmpty() ? Reading.invalid("survey.hint.text-empty")
					: text.length() > question.maxLength() ? Reading.invalid("survey.hint.text-long", question.maxLength())
							: new Reading.Chosen(List.of(text));
			case NUMBER -> number(question, plain);
			case MULTIPLE_CHOICE -> FINISHED.contains(plain) ? new Reading.Done() : several(plain, listed);
			default -> one(question, plain, listed);
		};
	}

	private static Reading option(String option, Map<String, String> offered) {
		if (option.equals(SKIP)) {
			return new Reading.Skip();
		}
		if (option.equals(DONE)) {
			return new Reading.Done();
		}
		String value = option.startsWith(OPTION) ? offered.get(option.substring(OPTION.length())) : null;
		return value == null ? Reading.invalid("survey.hint.choice") : new Reading.Chosen(List.of(value));
	}

	private static Reading number(Question question, String plain) {
		if (plain.matches("-?\\d{1,9}")) {
			int number = Integer.parseInt(plain);
			if (number >= question.min() && number <= question.max()) {
				return new Reading.Chosen(List.of(String.valueOf(number)));
			}
		}
		return Reading.invalid("survey.hint.number", question.min(), question.max());
	}

	private static Reading one(Question question, String plain, List<Choice> listed) {
		Optional<Choice> choice = match(plain, listed);
		if (choice.isEmpty() && question.type() == Type.YES_NO) {
			choice = YES.contains(plain) ? question.choice("yes") : NO.contains(plain) ? question.choice("no") : Optional.empty();
		}
		if (choice.isPresent()) {
			return new Reading.Chosen(List.of(choice.get().value()));
		}
		return switch (question.type()) {
			case RATING -> Reading.invalid("survey.hint.rating", question.max());
			case YES_NO -> Reading.invalid("survey.hint.yes-no");
			default -> Reading.invalid("survey.hint.choice");
		};
	}

	private static Reading several(String plain, List<Choice> listed) {
		List<String> values = new ArrayList<>();
		for (String part : plain.split("\\s*(?:,|;|/|&|\\band\\b)\\s*|\\s+(?=\\d)")) {
			if (part.isBlank()) {
				continue;
			}
			Optional<Choice> choice = match(part.strip(), listed);
			if (choice.isEmpty()) {
				return Reading.invalid("survey.hint.multiple");
			}
			values.add(choice.get().value());
		}
		return values.isEmpty() ? Reading.invalid("survey.hint.multiple") : new Reading.Chosen(values);
	}

	/** A choice by its number in the list shown, its label or value, or the start of exactly one label. */
	private static Optional<Choice> match(String plain, List<Choice> listed) {
		if (plain.matches("\\d{1,2}")) {
			int number = Integer.parseInt(plain);
			return number >= 1 && number <= listed.size() ? Optional.of(listed.get(number - 1)) : Optional.empty();
		}
		String wanted = place(plain);
		if (wanted.isEmpty()) {
			return Optional.empty();
		}
		for (Choice choice : listed) {
			if (place(plain(choice.label())).equals(wanted) || place(plain(choice.value().replace('-', ' '))).equals(wanted)) {
				return Optional.of(choice);
			}
		}
		List<Choice> starting = wanted.length() < 3 ? List.of()
				: listed.stream().filter(choice -> place(plain(choice.label())).startsWith(wanted + " ")).toList();
		return starting.size() == 1 ? Optional.of(starting.get(0)) : Optional.empty();
	}

	/** Lower case, accents and punctuation gone, spaces single: "That's ALL!" becomes "thats all". */
	static String plain(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
		return folded.replaceAll("['’]", "").replaceAll("[^\\p{L}\\p{N},;/&\\s-]", " ").replace('-', ' ')
			.replaceAll("\\s+", " ").strip();
	}

	/** Place names as people type them: "Saint Nicholas ward" is "st nicholas". */
	private static String place(String plain) {
		return plain.replaceAll("[,;/&]", " ").replaceAll("\\bsaint\\b", "st").replaceAll("\\bward\\b", "")
			.replaceAll("\\s+", " ").strip();
	}

	/** What a message meant for the question. */
	sealed interface Reading {

		/** One value, or several for multiple choice. */
		record Chosen(List<String> values) implements Reading {
		}

		record Skip() implements Reading {
		}

		/** "Done" after choosing in a multiple-choice question. */
		record Done() implements Reading {
		}

		/** Not an answer; the hint (a phrase key and its arguments) goes with the question again. */
		record Invalid(String hint, List<Object> arguments) implements Reading {
		}

		static Reading invalid(String hint, Object... arguments) {
			return new Invalid(hint, List.of(arguments));
		}
	}
}
