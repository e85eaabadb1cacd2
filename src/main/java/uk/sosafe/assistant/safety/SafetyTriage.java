package uk.sosafe.assistant.safety;

import java.util.Optional;

import org.springframework.stereotype.Component;

import uk.sosafe.assistant.conversation.spi.InboundMessage;
import uk.sosafe.assistant.conversation.spi.Turn;

/** The safety check: the detector decides, the safety replies answer. */
@Component
class SafetyTriage implements SafetyCheck {

	private final DangerDetector detector = new DangerDetector();

	private final SafetyReplies replies;

	SafetyTriage(SafetyReplies replies) {
		this.replies = replies;
	}

	@Override
	public Optional<Turn> check(InboundMessage message) {
		return this.detector.assess(message.text())
			.map(concern -> concern.emergency() ? this.replies.emergency(concern.category())
					: this.replies.disclosure(concern.category()));
	}
}
