package uk.sosafe.assistant.conversation;

import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.sosafe.assistant.conversation.spi.ResidentForgotten;
import uk.sosafe.assistant.knowledge.KnowledgeBase;

/**
 * A forgotten resident's unanswered questions are taken back from the content gaps: they are kept unlinked,
 * so only the transcript can say whose they were, and this runs before the transcript goes.
 */
@Component
class ForgottenQuestions {

	private final Transcript transcript;

	private final KnowledgeBase knowledge;

	ForgottenQuestions(Transcript transcript, KnowledgeBase knowledge) {
		this.transcript = transcript;
		this.knowledge = knowledge;
	}

	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	@Transactional
	void on(ResidentForgotten event) {
		this.transcript.unansweredQuestionsOf(event.resident()).forEach(this.knowledge::withdrawUnanswered);
	}
}
