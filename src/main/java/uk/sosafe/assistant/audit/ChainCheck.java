package uk.sosafe.assistant.audit;

/**
 * The result of checking the whole chain.
 *
 * @param checked how many entries were read
 * @param firstBroken the first entry whose link or content does not match, or null when the chain holds
 * @param reason why that entry does not match, or null
 */
public record ChainCheck(long checked, AuditEntry firstBroken, String reason) {

	public boolean intact() {
		return this.firstBroken == null;
	}
}
