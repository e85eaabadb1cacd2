package uk.sosafe.assistant.survey;

import java.util.List;
import java.util.Map;

/**
 * Where a resident is in a survey: the response begun, the question waiting for an answer, the
 * answers so far, and the random values the current question's options were sent with (so the stored
 * option a resident chose, in the inbox or the conversation, says nothing about what it meant).
 *
 * @param responseId the response this will complete
 * @param question the id of the question waiting for an answer
 * @param answers what was answered so far, by question id
 * @param offered what each option value offered for the current question stands for
 * @param source where the invitation that began it came from (a campaign's start code), or {@code null}
 */
record Progress(String responseId, String question, Map<String, List<String>> answers, Map<String, String> offered,
		String source) {

	Progress {
		answers = Map.copyOf(answers);
		offered = Map.copyOf(offered);
	}

	Answers given() {
		return new Answers(this.answers);
	}

	Progress at(String nextQuestion, Answers now) {
		return new Progress(this.responseId, nextQuestion, now.asMap(), Map.of(), this.source);
	}

	Progress offering(Map<String, String> options) {
		return new Progress(this.responseId, this.question, this.answers, options, this.source);
	}
}
