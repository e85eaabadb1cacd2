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

	/** Records where a resident came from (a deep-link code), once: the first source is kept. */
	void recordSource(ResidentId resident, String source);

	/**
	 * Stops all messages to this resident's address (SMS STOP, a Telegram block, a carrier opt-out), with
	 * a reason free of personal data. Survives "forget".
	 */
	void optOut(ResidentId resident, String reason);

	/** Lets messages reach this resident's address again. */
	void optIn(ResidentId resident);

	/** Whether this resident's address has opted out. */
	boolean isOptedOut(ResidentId resident);
}
