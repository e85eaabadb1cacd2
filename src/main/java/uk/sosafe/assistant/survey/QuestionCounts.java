package uk.sosafe.assistant.survey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import uk.sosafe.assistant.survey.Question.Choice;
import uk.sosafe.assistant.survey.Question.Type;
import uk.sosafe.assistant.survey.SurveyResults.Figure;
import uk.sosafe.assistant.survey.SurveyResults.OptionCount;
import uk.sosafe.assistant.survey.SurveyResults.QuestionResult;

/**
 * Counts the answers to one question in a slice of responses, suppressing every count under the
 * threshold. Where the counts of a question add up to those who answered it (one answer each), a
 * single hidden count could be worked out by subtraction, so the next smallest is hidden with it.
 */
final class QuestionCounts {

	private static final int NUMBER_BANDS = 5;

	private QuestionCounts() {
	}

	static QuestionResult of(Question question, List<Answers> responses, int threshold) {
		List<Answers> answering = responses.stream().filter(answers -> !answers.of(question.id()).isEmpty()).toList();
		Figure answered = Figure.of(answering.size(), responses.size(), threshold);
		if (question.type() == Type.FREE_TEXT) {
			boolean shown = responses.size() >= threshold;
			List<String> texts = shown ? answering.stream().map(answers -> answers.of(question.id()).get(0)).sorted().toList()
					: List.of();
			return new QuestionResult(question.id(), question.text(), question.type().fileName(), answered, List.of(), texts,
					!shown);
		}
		List<Choice> bands = bands(question);
		int[] counts = new int[bands.size()];
		for (Answers answers : answering) {
			answers.of(question.id()).stream().mapToInt(value -> band(question, bands, value)).filter(i -> i >= 0).distinct()
				.forEach(i -> counts[i]++);
		}
		List<Boolean> hidden = hidden(counts, threshold, question.type() != Type.MULTIPLE_CHOICE && !answered.suppressed());
		List<OptionCount> options = new ArrayList<>();
		for (int i = 0; i < bands.size(); i++) {
			options.add(new OptionCount(bands.get(i).value(), bands.get(i).label(),
					hidden.get(i) ? Figure.SUPPRESSED : Figure.of(counts[i], answering.size(), 0)));
		}
		return new QuestionResult(question.id(), question.text(), question.type().fileName(), answered, options, List.of(),
				false);
	}

	/** The rows a question is counted in: its choices, or bands of its number range. */
	static List<Choice> bands(Question question) {
		if (question.type() != Type.NUMBER) {
			return question.choices();
		}
		int width = (question.max() - question.min() + NUMBER_BANDS) / NUMBER_BANDS;
		List<Choice> bands = new ArrayList<>();
		for (int low = question.min(); low <= question.max(); low += width) {
			int high = Math.min(question.max(), low + width - 1);
			bands.add(new Choice(low + "-" + high, low == high ? String.valueOf(low) : low + " to " + high));
		}
		return bands;
	}

	/** The row a stored value is counted in, or -1 if it fits none (a choice since removed from the file). */
	private static int band(Question question, List<Choice> bands, String value) {
		if (question.type() == Type.NUMBER) {
			int width = (question.max() - question.min() + NUMBER_BANDS) / NUMBER_BANDS;
			int index = (Integer.parseInt(value) - question.min()) / width;
			return index >= 0 && index < bands.size() ? index : -1;
		}
		for (int i = 0; i < bands.size(); i++) {
			if (bands.get(i).value().equals(value)) {
				return i;
			}
		}
		return -1;
	}

	private static List<Boolean> hidden(int[] counts, int threshold, boolean addsUp) {
		List<Boolean> hidden = new ArrayList<>(IntStream.of(counts).mapToObj(count -> count < threshold).toList());
		if (addsUp && hidden.stream().filter(Boolean::booleanValue).count() == 1) {
			IntStream.range(0, counts.length).filter(i -> !hidden.get(i)).boxed()
				.min(Comparator.comparing(i -> counts[i]))
				.ifPresent(i -> hidden.set(i, true));
		}
		return hidden;
	}
}
