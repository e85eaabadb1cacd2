package uk.sosafe.assistant.safety;

import java.util.Optional;

import org.springframework.stereotype.Component;

import uk.sosafe.assistant.conversation.spi.InboundMessage;
import uk.sosafe.assistant.conversation.spi.Turn;

/** The safety check: finds a concern in the message and answers it with the safety replies. */
@Component
class PhraseSafetyCheck implements SafetyCheck {

	private final SafetyReplies replies;

	PhraseSafetyCheck(SafetyReplies replies) {
		this.replies = replies;
	}

	@Override
	public Optional<Turn> check(InboundMessage message) {
		return DangerPhrases.find(message.text())
			.map(concern -> concern.emergency() ? this.replies.emergency(concern.category())
					: this.replies.disclosure(concern.category()));
	}
}
