package uk.sosafe.assistant.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;

import uk.sosafe.assistant.survey.Question.Type;

/**
 * Survey results for staff, for a slice of responses (a ward, a range of days). No count under
 * {@link #THRESHOLD} is ever shown, free text is listed and responses exported only when the slice
 * holds at least that many finished responses, and nothing names or orders responses in time.
 */
@Service
public class SurveyResults {

	/** The smallest group a result may describe. */
	public static final int THRESHOLD = 5;

	private final SurveyCatalogue catalogue;

	private final SurveyResponses responses;

	private final Clock clock;

	SurveyResults(SurveyCatalogue catalogue, SurveyResponses responses, Clock clock) {
		this.catalogue = catalogue;
		this.responses = responses;
		this.clock = clock;
	}

	/** Every survey with how many started and finished it. */
	public List<Overview> overview() {
		LocalDate today = SurveyCatalogue.today(this.clock);
		return this.catalogue.all().stream().map(survey -> {
			int started = this.responses.started(survey.id(), null, null);
			return new Overview(survey.id(), survey.title(), survey.anonymous(), survey.opens(), survey.closes(),
					survey.status(today).name().toLowerCase(Locale.ROOT), survey.questions().size(),
					Figure.of(started, 0, THRESHOLD), Figure.of(this.responses.completedCount(survey.id()), 0, THRESHOLD));
		}).toList();
	}

	/** The results of one survey in a slice. */
	public Results results(String surveyId, Slice slice) {
		SurveyDefinition survey = survey(surveyId);
		List<Answers> finished = finished(survey, slice);
		Integer started = slice.ward() == null ? this.responses.started(survey.id(), slice.from(), slice.to()) : null;
		Figure completed = Figure.of(finished.size(), 0, THRESHOLD);
		Figure begun = started == null ? Figure.UNKNOWN : Figure.of(started, 0, THRESHOLD);
		Double rate = begun.suppressed() || completed.suppressed() || started == null || started == 0 ? null
				: Figure.percent(finished.size(), started);
		return new Results(survey.id(), survey.title(), survey.anonymous(), slice, begun, completed, rate, THRESHOLD,
				survey.questions().stream().map(question -> QuestionCounts.of(question, finished, THRESHOLD)).toList());
	}

	/** The finished responses of a slice as CSV: UTF-8 with a byte order mark, a row each, a column per question. */
	public String csv(String surveyId, Slice slice) {
		SurveyDefinition survey = survey(surveyId);
		return ResultsCsv.write(survey, exportable(survey, slice));
	}

	/** The finished responses of a slice, each as answers by question id (several labels for multiple choice). */
	public List<Map<String, Object>> rows(String surveyId, Slice slice) {
		SurveyDefinition survey = survey(surveyId);
		return exportable(survey, slice).stream().map(answers -> {
			Map<String, Object> row = new LinkedHashMap<>();
			for (Question question : survey.questions()) {
				List<String> labels = answers.of(question.id()).stream().map(question::labelOf).toList();
				row.put(question.id(), question.type() == Type.MULTIPLE_CHOICE ? labels
						: labels.isEmpty() ? null : labels.get(0));
			}
			return row;
		}).toList();
	}

	/** One question's counts in a slice as an SVG bar chart with a title and description for screen readers. */
	public String chart(String surveyId, String questionId, Slice slice) {
		SurveyDefinition survey = survey(surveyId);
		Question question = survey.question(questionId)
			.orElseThrow(() -> new NotFound("Survey " + surveyId + " has no question " + questionId + "."));
		if (question.type() == Type.FREE_TEXT) {
			throw new BadSlice("Question " + questionId + " takes free text, which has no chart.");
		}
		return BarChartSvg.draw(survey, QuestionCounts.of(question, finished(survey, slice), THRESHOLD));
	}

	private List<Answers> exportable(SurveyDefinition survey, Slice slice) {
		List<Answers> finished = finished(survey, slice);
		if (finished.size() < THRESHOLD) {
			throw new TooFewResponses("This slice has fewer than " + THRESHOLD
					+ " finished responses, so they cannot be exported without pointing at someone.");
		}
		return finished;
	}

	private List<Answers> finished(SurveyDefinition survey, Slice slice) {
		if (slice.from() != null && slice.to() != null && slice.to().isBefore(slice.from())) {
			throw new BadSlice("from (" + slice.from() + ") is after to (" + slice.to() + ").");
		}
		List<Answers> finished = this.responses.completed(survey.id(), slice.from(), slice.to()).stream()
			.map(SurveyResponses.Stored::answers).toList();
		if (slice.ward() == null) {
			return finished;
		}
		Question ward = survey.wardQuestion()
			.orElseThrow(() -> new BadSlice("Survey " + survey.id() + " does not ask for a ward."));
		if (ward.choice(slice.ward()).isEmpty()) {
			throw new BadSlice("Unknown ward " + slice.ward() + "; use one of "
					+ String.join(", ", ward.choices().stream().map(Question.Choice::value).toList()) + ".");
		}
		return finished.stream().filter(answers -> answers.of(ward.id()).contains(slice.ward())).toList();
	}

	private SurveyDefinition survey(String surveyId) {
		return this.catalogue.find(surveyId).orElseThrow(() -> new NotFound("There is no survey " + surveyId + "."));
	}

	/**
	 * Which responses to count: those from one ward (by its id), and finished from one day to another
	 * (inclusive). Any part may be null, meaning all.
	 */
	public record Slice(String ward, LocalDate from, LocalDate to) {
	}

	/**
	 * A count and its share of a whole, or neither when it is suppressed (under the threshold) or not
	 * known (how many started, in a slice by ward: the ward is only known once answered).
	 */
	public record Figure(Integer count, Double percent, boolean suppressed) {

		static final Figure SUPPRESSED = new Figure(null, null, true);

		static final Figure UNKNOWN = new Figure(null, null, false);

		static Figure of(int count, int whole, int threshold) {
			return count < threshold ? SUPPRESSED : new Figure(count, whole == 0 ? null : percent(count, whole), false);
		}

		static double percent(int part, int whole) {
			return Math.round(1000.0 * part / whole) / 10.0;
		}
	}

	public record Overview(String id, String title, boolean anonymous, LocalDate opens, LocalDate closes, String status,
			int questions, Figure started, Figure completed) {
	}

	public record Results(String id, String title, boolean anonymous, Slice slice, Figure started, Figure completed,
			Double completionRate, int threshold, List<QuestionResult> questions) {
	}

	/**
	 * One question's results: how many answered it (share of finished responses), the count of each
	 * choice or number band (share of those who answered), or the free-text answers when shown.
	 */
	public record QuestionResult(String id, String text, String type, Figure answered, List<OptionCount> options,
			List<String> freeText, boolean freeTextWithheld) {
	}

	public record OptionCount(String value, String label, Figure figure) {
	}

	/** No such survey or question. */
	public static final class NotFound extends RuntimeException {

		NotFound(String message) {
			super(message);
		}
	}

	/** A slice that cannot be made: an unknown ward, days the wrong way round. */
	public static final class BadSlice extends RuntimeException {

		BadSlice(String message) {
			super(message);
		}
	}

	/** An export of a slice too small to share. */
	public static final class TooFewResponses extends RuntimeException {

		TooFewResponses(String message) {
			super(message);
		}
	}
}
