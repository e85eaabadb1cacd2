package uk.sosafe.assistant.conversation;

/** Where an outbound message stands. */
enum OutboxStatus {
	/** Waiting for its turn (or for its next retry). */
	QUEUED,
	/** Handed to the channel; if the process stops now, whether it arrived is unknown. */
	SENDING,
	/** Accepted by the platform. */
	SENT,
	/** The platform reported it reached the handset. */
	DELIVERED,
	/** Not sent, for good, with a reason. */
	FAILED,
	/** Was being sent when the process stopped: it may or may not have arrived. */
	UNCERTAIN,
	/** A campaign message held back: its campaign is paused, or it is quiet hours. */
	HELD,
	/** A campaign message whose campaign was cancelled before it was sent. */
	CANCELLED
}
