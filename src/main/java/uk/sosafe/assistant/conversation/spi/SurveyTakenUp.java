package uk.sosafe.assistant.conversation.spi;

/**
 * Published when a resident who came by an invitation with a source begins a survey, and again when they
 * finish it: the survey and the source only, never who, so the sender can count its responses.
 *
 * @param surveyId the survey
 * @param source the invitation's source (such as a campaign's start code)
 * @param finished false when the response was begun, true when it was finished
 */
public record SurveyTakenUp(String surveyId, String source, boolean finished) {
}
