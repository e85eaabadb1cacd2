package uk.sosafe.assistant.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.ConversationFlow;
import uk.sosafe.assistant.conversation.spi.InboundMessage;
import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.conversation.spi.SurveyInvitation;
import uk.sosafe.assistant.conversation.spi.SurveyTakenUp;
import uk.sosafe.assistant.conversation.spi.Turn;
import uk.sosafe.assistant.survey.AnswerReader.Reading;

/**
 * Runs a survey in the conversation. "survey" (or SURVEY by text, or a Telegram link) starts one, or
 * lists those open, or carries on where the resident left off; the intro's Start begins the questions.
 * An answer that cannot be read is asked again once with a hint, then the survey pauses so the
 * resident is never stuck. Progress is saved after every answer, so "pause" (which the engine handles),
 * a safety reply or a lost connection never loses answers; the response is written when it is finished.
 */
@Component
class SurveyFlow implements ConversationFlow {

	static final String NAME = "survey";

	private static final Pattern WORD = Pattern.compile("^/?survey(?:@\\w+)?(?:\\s+([a-z0-9-]{1,40}))?[\\s.!?]*$",
			Pattern.CASE_INSENSITIVE);

	private static final String TYPED = "typed:";

	private final SurveyCatalogue catalogue;

	private final SurveyProgress progress;

	private final SurveyResponses responses;

	private final SurveyReplies replies;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	SurveyFlow(SurveyCatalogue catalogue, SurveyProgress progress, SurveyResponses responses, SurveyReplies replies,
			PlatformTransactionManager transactionManager, Clock clock, ApplicationEventPublisher events) {
		this.catalogue = catalogue;
		this.progress = progress;
		this.responses = responses;
		this.replies = replies;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
		this.events = events;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Optional<String> startArgument(InboundMessage message) {
		if (message.isOption()) {
			return SurveyReplies.isWayIn(message.option()) ? Optional.of(message.option()) : Optional.empty();
		}
		Matcher word = WORD.matcher(message.text().strip());
		if (!word.matches()) {
			return Optional.empty();
		}
		return Optional.of(TYPED + (word.group(1) == null ? "" : word.group(1).toLowerCase(Locale.ROOT)));
	}

	@Override
	public FlowStep start(ResidentId resident, Channel channel, String argument) {
		LocalDate today = SurveyCatalogue.today(this.clock);
		if (argument.startsWith(TYPED)) {
			String id = argument.substring(TYPED.length());
			return id.isEmpty() ? anySurvey(resident, today) : entry(resident, id, today, null);
		}
		if (argument.startsWith(SurveyReplies.INTRO)) {
			SurveyInvitation invitation = SurveyInvitation.read(argument.substring(SurveyReplies.INTRO.length()));
			return entry(resident, invitation.surveyId(), today, invitation.source());
		}
		if (argument.startsWith(SurveyReplies.BEGIN)) {
			return begin(resident, SurveyInvitation.read(argument.substring(SurveyReplies.BEGIN.length())), today, false);
		}
		if (argument.startsWith(SurveyReplies.REDO)) {
			return begin(resident, new SurveyInvitation(argument.substring(SurveyReplies.REDO.length()), null), today, true);
		}
		if (argument.startsWith(SurveyReplies.REVIEW)) {
			return review(resident, argument.substring(SurveyReplies.REVIEW.length()), today);
		}
		return FlowStep.end(this.replies.say(argument.equals(SurveyReplies.KEEP) ? "survey.kept" : "survey.later"));
	}

	@Override
	public FlowStep handle(InboundMessage message, String state) {
		FlowState at = FlowState.parse(state);
		ResidentId resident = message.resident();
		Optional<SurveyDefinition> survey = open(at.surveyId(), SurveyCatalogue.today(this.clock));
		if (survey.isEmpty()) {
			this.progress.delete(resident, at.surveyId());
			return FlowStep.end(this.replies.say("survey.closed"));
		}
		Optional<Progress> saved = this.progress.find(resident, at.surveyId());
		if (saved.isEmpty()) {
			return FlowStep.end(this.replies.say("survey.lost"));
		}
		Question question = current(survey.get(), saved.get());
		if (at.interrupted()) {
			return ask(resident, survey.get(), saved.get(), question, this.replies.phrase("survey.after-safety"), at.calm());
		}
		List<Question.Choice> listed = listed(question, saved.get().given());
		Reading reading = AnswerReader.read(question, message, saved.get().offered(), listed);
		return answered(resident, survey.get(), saved.get(), question, reading, at);
	}

	/** A safety reply came in the middle: the question is shown again before any answer is taken. */
	@Override
	public String interrupted(String state) {
		return FlowState.parse(state).interrupt().toString();
	}

	private FlowStep answered(ResidentId resident, SurveyDefinition survey, Progress saved, Question question,
			Reading reading, FlowState at) {
		Answers answers = saved.given();
		if (reading instanceof Reading.Invalid invalid) {
			return unclear(resident, survey, saved, question, this.replies.phrase(invalid.hint(), invalid.arguments().toArray()), at);
		}
		if (reading instanceof Reading.Chosen chosen && question.type() == Question.Type.MULTIPLE_CHOICE) {
			chosen.values().forEach(value -> answers.add(question.id(), value));
			Progress now = saved.at(question.id(), answers);
			return listed(question, answers).isEmpty() ? next(resident, survey, now, question)
					: ask(resident, survey, now, question, null, at.calm());
		}
		if (reading instanceof Reading.Chosen chosen) {
			answers.set(question.id(), chosen.values());
		}
		else if (question.required() && answers.of(question.id()).isEmpty()) {
			return unclear(resident, survey, saved, question, this.replies.phrase("survey.hint.required"), at);
		}
		return next(resident, survey, saved.at(question.id(), answers), question);
	}

	private FlowStep unclear(ResidentId resident, SurveyDefinition survey, Progress saved, Question question, String hint,
			FlowState at) {
		if (at.invalid() > 0) {
			return FlowStep.end(this.replies.say("survey.paused-unclear"));
		}
		return ask(resident, survey, saved, question, hint + " " + this.replies.phrase("survey.hint.pause"), at.unclear());
	}

	private FlowStep next(ResidentId resident, SurveyDefinition survey, Progress now, Question answered) {
		Optional<Question> next = survey.nextAsked(answered.id(), now.given());
		if (next.isPresent()) {
			return ask(resident, survey, now.at(next.get().id(), now.given()), next.get(), null, FlowState.of(survey.id()));
		}
		LocalDate today = SurveyCatalogue.today(this.clock);
		this.transactions.executeWithoutResult(status -> {
			this.responses.complete(survey, resident, now.responseId(), now.given(), today);
			this.progress.delete(resident, survey.id());
			if (now.source() != null) {
				this.events.publishEvent(new SurveyTakenUp(survey.id(), now.source(), true));
			}
		});
		return FlowStep.end(this.replies.end(survey));
	}

	private FlowStep ask(ResidentId resident, SurveyDefinition survey, Progress saved, Question question, String lead,
			FlowState state) {
		Answers answers = saved.given();
		SurveyReplies.Asked asked = this.replies.question(question, listed(question, answers), answers.of(question.id()), lead);
		this.progress.save(resident, survey.id(), saved.offering(asked.offered()));
		return FlowStep.next(asked.turn(), state.toString());
	}

	private FlowStep anySurvey(ResidentId resident, LocalDate today) {
		List<SurveyDefinition> open = this.catalogue.openOn(today);
		if (open.isEmpty()) {
			return FlowStep.end(this.replies.say("survey.none-open"));
		}
		Optional<String> carryOn = this.progress.latest(resident, open.stream().map(SurveyDefinition::id).toList());
		if (carryOn.isPresent()) {
			return entry(resident, carryOn.get(), today, null);
		}
		return open.size() == 1 ? entry(resident, open.get(0).id(), today, null)
				: FlowStep.end(this.replies.choose(open, List.of()));
	}

	/** The way into one survey: carry on, "already answered", or its intro (whose Start keeps the source). */
	private FlowStep entry(ResidentId resident, String surveyId, LocalDate today, String source) {
		Optional<SurveyDefinition> survey = open(surveyId, today);
		if (survey.isEmpty()) {
			return FlowStep.end(this.replies.say("survey.not-open"));
		}
		Optional<Progress> saved = this.progress.find(resident, surveyId);
		if (saved.isPresent()) {
			return resume(resident, survey.get(), saved.get());
		}
		return FlowStep.end(this.responses.hasCompleted(survey.get(), resident) ? this.replies.already(survey.get())
				: this.replies.intro(survey.get(), source));
	}

	private FlowStep begin(ResidentId resident, SurveyInvitation invitation, LocalDate today, boolean again) {
		String surveyId = invitation.surveyId();
		Optional<SurveyDefinition> survey = open(surveyId, today);
		if (survey.isEmpty()) {
			return FlowStep.end(this.replies.say("survey.not-open"));
		}
		Optional<Progress> saved = this.progress.find(resident, surveyId);
		if (saved.isPresent()) {
			return resume(resident, survey.get(), saved.get());
		}
		if (this.responses.hasCompleted(survey.get(), resident) && (!again || survey.get().anonymous())) {
			return FlowStep.end(this.replies.already(survey.get()));
		}
		Question first = survey.get().firstAsked(Answers.none()).orElseThrow();
		Progress fresh = new Progress(this.responses.begin(survey.get(), resident, today), first.id(),
				Map.of(), Map.of(), invitation.source());
		if (invitation.source() != null) {
			this.events.publishEvent(new SurveyTakenUp(surveyId, invitation.source(), false));
		}
		return ask(resident, survey.get(), fresh, first, null, FlowState.of(surveyId));
	}

	private FlowStep resume(ResidentId resident, SurveyDefinition survey, Progress saved) {
		return ask(resident, survey, saved, current(survey, saved), this.replies.phrase("survey.welcome-back"),
				FlowState.of(survey.id()));
	}

	private FlowStep review(ResidentId resident, String surveyId, LocalDate today) {
		Optional<SurveyDefinition> survey = open(surveyId, today);
		Optional<Answers> answers = survey.flatMap(found -> this.responses.answersOf(found, resident));
		return FlowStep.end(answers.isPresent() ? this.replies.review(survey.get(), answers.get())
				: this.replies.say("survey.not-open"));
	}

	private Optional<SurveyDefinition> open(String surveyId, LocalDate today) {
		return this.catalogue.find(surveyId).filter(survey -> survey.isOpenOn(today));
	}

	/** The question waiting for an answer; the first one if the survey file changed under the resident. */
	private static Question current(SurveyDefinition survey, Progress saved) {
		return survey.question(saved.question()).filter(question -> question.isAsked(saved.given()))
			.or(() -> survey.firstAsked(Answers.none()))
			.orElseThrow();
	}

	/** The choices shown: for multiple choice, those not chosen yet. */
	private static List<Question.Choice> listed(Question question, Answers answers) {
		List<String> chosen = answers.of(question.id());
		return question.choices().stream().filter(choice -> !chosen.contains(choice.value())).toList();
	}
}
