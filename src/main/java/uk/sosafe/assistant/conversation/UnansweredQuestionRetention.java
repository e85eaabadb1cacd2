package uk.sosafe.assistant.conversation;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import uk.sosafe.assistant.conversation.spi.RetentionRule;
import uk.sosafe.assistant.knowledge.UnansweredQuestions;

/**
 * Questions no article answered are kept, scrubbed and unlinked, for {@code sosafe.retention.unanswered-questions}
 * (default 180 days) after they were last asked: long enough for the content team to write what is missing,
 * not so long that a scrubbing miss lives on.
 */
@Component
class UnansweredQuestionRetention implements RetentionRule {

	private final UnansweredQuestions questions;

	private final Clock clock;

	private final Duration period;

	UnansweredQuestionRetention(UnansweredQuestions questions, Clock clock,
			@Value("${sosafe.retention.unanswered-questions:180d}") Duration period) {
		if (period.isNegative() || period.isZero()) {
			throw new IllegalArgumentException("sosafe.retention.unanswered-questions must be a positive duration, such as 180d");
		}
		this.questions = questions;
		this.clock = clock;
		this.period = period;
	}

	@Override
	public String kind() {
		return "unanswered-questions";
	}

	@Override
	public int deleteExpired() {
		return this.questions.forgetNotAskedSince(this.clock.instant().minus(this.period));
	}
}
