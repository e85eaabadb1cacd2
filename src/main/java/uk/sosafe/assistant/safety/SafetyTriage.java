package uk.sosafe.assistant.safety;

import java.nio.file.Path;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;

import org.springframework.stereotype.Component;

import uk.sosafe.assistant.conversation.spi.InboundMessage;
import uk.sosafe.assistant.conversation.spi.Turn;

/** The safety check: the detector decides, the safety replies answer. */
@Component
class SafetyTriage implements SafetyCheck {

	private final DangerDetector detector;

	private final SafetyReplies replies;

	SafetyTriage(SafetyReplies replies, @Value("${sosafe.content-dir:./content}") Path contentDir) {
		this.replies = replies;
		this.detector = new DangerDetector(NeighbourVote.load(contentDir));
	}

	@Override
	public Optional<Turn> check(InboundMessage message) {
		return this.detector.assess(message.text())
			.map(concern -> concern.emergency() ? this.replies.emergency(concern.category())
					: this.replies.disclosure(concern.category()));
	}
}
