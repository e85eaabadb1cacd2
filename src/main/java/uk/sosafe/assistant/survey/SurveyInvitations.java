package uk.sosafe.assistant.survey;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Service;

import uk.sosafe.assistant.conversation.spi.Lane;
import uk.sosafe.assistant.conversation.spi.Prompts;
import uk.sosafe.assistant.conversation.spi.ResidentId;

/**
 * Invites a resident to a survey: they get its intro, with Start and Not now, through the outbox in the
 * campaign lane, and Start begins it just as if they had asked. Nobody is invited twice to a survey
 * they finished, and nobody who cannot be prompted (see {@link Prompts}) gets anything.
 */
@Service
public class SurveyInvitations {

	private final SurveyCatalogue catalogue;

	private final SurveyResponses responses;

	private final SurveyReplies replies;

	private final Prompts prompts;

	private final Clock clock;

	SurveyInvitations(SurveyCatalogue catalogue, SurveyResponses responses, SurveyReplies replies, Prompts prompts,
			Clock clock) {
		this.catalogue = catalogue;
		this.responses = responses;
		this.replies = replies;
		this.prompts = prompts;
		this.clock = clock;
	}

	/** Invites one resident to one survey; says what happened. */
	public Outcome invite(ResidentId resident, String surveyId) {
		Optional<SurveyDefinition> survey = this.catalogue.find(surveyId)
			.filter(found -> found.isOpenOn(SurveyCatalogue.today(this.clock)));
		if (survey.isEmpty()) {
			return Outcome.NOT_OPEN;
		}
		if (this.responses.hasCompleted(survey.get(), resident)) {
			return Outcome.ALREADY_ANSWERED;
		}
		return this.prompts.prompt(resident, this.replies.intro(survey.get()), Lane.CAMPAIGN) ? Outcome.INVITED
				: Outcome.NOT_REACHABLE;
	}

	/** What became of an invitation. */
	public enum Outcome {
		/** The intro is on its way. */
		INVITED,
		/** No such survey, or not open today. */
		NOT_OPEN,
		/** The resident has already answered it. */
		ALREADY_ANSWERED,
		/** The resident cannot be prompted now (opted out, protected, web chat, or in the middle of something). */
		NOT_REACHABLE
	}
}
