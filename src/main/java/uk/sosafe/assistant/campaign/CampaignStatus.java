package uk.sosafe.assistant.campaign;

/** Where a campaign stands. */
public enum CampaignStatus {
	/** Being written; can be changed. */
	DRAFT,
	/** Approved by a second person; can be scheduled or sent. */
	APPROVED,
	/** Approved and waiting for its time (and, unless urgent, for the end of quiet hours). */
	SCHEDULED,
	/** Being fanned out to its audience, batch by batch. */
	SENDING,
	/** Stopped for now: nothing more is queued, and what was queued is held. */
	PAUSED,
	/** Every recipient has been queued; messages are still going. */
	QUEUED_ALL,
	/**
	 * Every recipient queued and every message final (sent, delivered, failed, uncertain or cancelled): nothing
	 * is left to do, so the fan-out no longer looks at it.
	 */
	FINISHED,
	/** Stopped for good: what was not sent never will be. */
	CANCELLED
}
