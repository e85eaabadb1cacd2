package uk.sosafe.assistant.survey;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A survey as written in {@code content/surveys/<id>.yaml}, checked when it was read.
 *
 * @param id the file's name without {@code .yaml}
 * @param title shown first, and to staff
 * @param intro what the survey is for and how long it takes
 * @param consent what happens to the answers, before the resident agrees to start
 * @param anonymous whether responses are kept with no link to the resident
 * @param opens the first day it can be answered (Europe/London)
 * @param closes the last day it can be answered
 * @param end the thank-you message after the last question
 * @param questions in the order they are asked
 */
public record SurveyDefinition(String id, String title, String intro, String consent, boolean anonymous,
		LocalDate opens, LocalDate closes, String end, List<Question> questions) {

	public SurveyDefinition {
		questions = List.copyOf(questions);
	}

	public Status status(LocalDate day) {
		return day.isBefore(this.opens) ? Status.UPCOMING : day.isAfter(this.closes) ? Status.CLOSED : Status.OPEN;
	}

	public boolean isOpenOn(LocalDate day) {
		return status(day) == Status.OPEN;
	}

	public Optional<Question> question(String id) {
		return this.questions.stream().filter(question -> question.id().equals(id)).findFirst();
	}

	/** The question residents give their ward in, if the survey has one: results can be sliced by it. */
	public Optional<Question> wardQuestion() {
		return this.questions.stream().filter(question -> question.type() == Question.Type.WARD).findFirst();
	}

	Optional<Question> firstAsked(Answers answers) {
		return askedFrom(0, answers);
	}

	/** The next question after {@code current} that its conditions let through. */
	Optional<Question> nextAsked(String current, Answers answers) {
		for (int i = 0; i < this.questions.size(); i++) {
			if (this.questions.get(i).id().equals(current)) {
				return askedFrom(i + 1, answers);
			}
		}
		return Optional.empty();
	}

	private Optional<Question> askedFrom(int index, Answers answers) {
		return this.questions.subList(index, this.questions.size()).stream()
			.filter(question -> question.isAsked(answers))
			.findFirst();
	}

	/** Where a survey is in its dates. */
	public enum Status {
		UPCOMING, OPEN, CLOSED
	}
}
