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

	private final CaseDrafts drafts;

	private final ProtectedResidents protectedResidents;

	private final CaseRelay relay;

	SafetyTriage(SafetyReplies replies, CaseDrafts drafts, ProtectedResidents protectedResidents, CaseRelay relay,
			@Value("${sosafe.content-dir:./content}") Path contentDir) {
		this.relay = relay;
		this.replies = replies;
		this.drafts = drafts;
		this.protectedResidents = protectedResidents;
		NeighbourVote vote = NeighbourVote.load(contentDir);
		this.detector = new DangerDetector(vote, SafetyModel.load(contentDir, vote.examples()));
	}

	/**
	 * Checks a message; a disclosure is kept (sealed) as a draft, so the resident can choose to pass it
	 * on with the option the reply offers. Nothing leaves the conversation without that choice, except to
	 * a case the resident already opened with contact in the chat: there it goes straight to the team.
	 */
	@Override
	public Optional<Turn> check(InboundMessage message) {
		Optional<Concern> concern = this.detector.assess(message.text());
		if (concern.isEmpty()) {
			return Optional.empty();
		}
		Concern found = concern.get();
		this.protectedResidents.afterDisclosure(message.resident(), found.category());
		SafetyReplies.Audience audience = new SafetyReplies.Audience(message.channel(), YoungWriter.isYoung(message.text()));
		Optional<SafeguardingCase> open = this.relay.passOnIfOpen(message.resident(), message.text());
		if (open.isPresent()) {
			return Optional.of(this.replies.passedOn(found, audience, open.get().reference()));
		}
		this.drafts.keep(message.resident(), found.category(), found.emergency(), message.text());
		return Optional.of(found.emergency() ? this.replies.emergency(found.category(), audience)
				: this.replies.disclosure(found.category(), audience));
	}
}
