package uk.sosafe.assistant.audit;

import java.time.Instant;

/**
 * One line of the audit trail.
 *
 * @param sequence its place in the chain, from 1 without gaps
 * @param at when it happened
 * @param actor the staff username, or {@code system}, {@code resident} or {@code unknown}
 * @param action what happened, such as {@code CASE_VIEW} or {@code SIGN_IN_FAILED}
 * @param subject what it happened to (a case reference, a username), or null
 * @param detail a few words more, never personal data, or null
 * @param previousHash the hash of the entry before (zeros for the first)
 * @param hash SHA-256 of the previous hash and this entry's content
 */
public record AuditEntry(long sequence, Instant at, String actor, String action, String subject, String detail,
		String previousHash, String hash) {
}
