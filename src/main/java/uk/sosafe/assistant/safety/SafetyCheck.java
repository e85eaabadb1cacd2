package uk.sosafe.assistant.safety;

import java.util.Optional;

import uk.sosafe.assistant.conversation.spi.InboundMessage;
import uk.sosafe.assistant.conversation.spi.Turn;

/** Runs on every message before anything else; answers danger and disclosures, or stays silent. */
public interface SafetyCheck {

	/** A safety turn (emergency or disclosure) when the message raises a concern, otherwise empty. */
	Optional<Turn> check(InboundMessage message);
}
