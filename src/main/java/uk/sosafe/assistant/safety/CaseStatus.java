package uk.sosafe.assistant.safety;

/** Where a safeguarding case stands. */
public enum CaseStatus {
	/** Routed and alerted, not yet claimed by an officer. */
	NEW,
	/** An officer of a routed team has it. */
	CLAIMED,
	/** The officer has been in touch with the resident, who agreed to contact. */
	IN_CONTACT,
	/** Closed with an outcome; the relay has stopped. */
	CLOSED
}
