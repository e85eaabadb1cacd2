package uk.sosafe.assistant.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash that links each entry to the one before: SHA-256 over the previous hash and every field of
 * the entry, each written with its length first so that no two different entries read the same.
 */
final class ChainHash {

	static final String GENESIS = "0".repeat(64);

	private ChainHash() {
	}

	static String of(String previousHash, long sequence, long atMillis, String actor, String action, String subject,
			String detail) {
		StringBuilder content = new StringBuilder(previousHash).append('|').append(sequence).append('|').append(atMillis);
		for (String field : new String[] { actor, action, subject, detail }) {
			content.append('|');
			if (field == null) {
				content.append('~');
			}
			else {
				content.append(field.length()).append(':').append(field);
			}
		}
		return sha256(content.toString());
	}

	static String of(AuditEntry entry) {
		return of(entry.previousHash(), entry.sequence(), entry.at().toEpochMilli(), entry.actor(), entry.action(),
				entry.subject(), entry.detail());
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}
}
