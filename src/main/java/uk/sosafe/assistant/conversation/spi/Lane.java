package uk.sosafe.assistant.conversation.spi;

/** Priority lanes of the outbox, most urgent first: a campaign never delays a safety reply. */
public enum Lane {

	/** Emergency and safety replies, officer alerts. */
	SAFETY,
	/** Conversation replies and officer relays. */
	REPLY,
	/** Campaign messages. */
	CAMPAIGN
}
