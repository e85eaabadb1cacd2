package uk.sosafe.assistant.audit;

import java.time.Instant;

/**
 * What to look for in the audit trail; null fields match everything.
 *
 * @param actor exact username
 * @param action an action or the start of one ({@code CASE_} finds every case action)
 * @param subject exact subject, such as a case reference
 * @param from first instant included
 * @param until first instant excluded
 * @param limit the most entries to return, newest first
 */
public record AuditQuery(String actor, String action, String subject, Instant from, Instant until, int limit) {

	public AuditQuery {
		actor = blankToNull(actor);
		action = blankToNull(action);
		subject = blankToNull(subject);
		limit = Math.max(1, Math.min(limit, 1000));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
