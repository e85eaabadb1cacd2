package uk.sosafe.assistant.conversation.spi;

/** Accepts inbound messages from channels: persisted and deduplicated before the platform is acknowledged. */
public interface Inbox {

	/** Accepts a message; returns {@code false} when it was already accepted (a redelivery). */
	boolean accept(InboundMessage message);
}
