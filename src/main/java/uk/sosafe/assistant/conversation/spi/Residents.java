package uk.sosafe.assistant.conversation.spi;

import java.util.Optional;

/** Maps channel addresses (chat ids, phone numbers, web sessions) to pseudonymous resident ids. */
public interface Residents {

	/** The resident at this address, created on first contact. */
	ResidentId resolve(Channel channel, String address);

	/** The resident at this address, if known. */
	Optional<ResidentId> find(Channel channel, String address);

	/** The channel address of a resident, for a gateway that must send to it. */
	Optional<String> addressOf(ResidentId resident);

	/** The channel a resident is on. */
	Optional<Channel> channelOf(ResidentId resident);
}
