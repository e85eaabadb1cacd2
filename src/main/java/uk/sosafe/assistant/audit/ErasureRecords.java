package uk.sosafe.assistant.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import uk.sosafe.assistant.conversation.spi.ResidentForgotten;

/**
 * Notes each erasure of a resident's data in the audit trail, in the erasing transaction, without saying
 * whose: the entry proves it happened, and keeps no identifier of the person forgotten.
 */
@Component
class ErasureRecords {

	static final String ACTION = "RESIDENT_DATA_ERASED";

	private final AuditTrail trail;

	ErasureRecords(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	void on(ResidentForgotten event) {
		this.trail.record("system", ACTION, null, null);
	}
}
