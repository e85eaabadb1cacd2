package uk.sosafe.assistant.safety;

/** A case rule refused an action; the message says why, in words an officer understands. */
public class CaseRuleException extends RuntimeException {

	/** Which rule. */
	public enum Rule {
		ALREADY_CLAIMED, NOT_YOUR_TEAM, NO_CONSENT, NOT_CLAIMED, CLOSED, NO_OUTCOME, ACCOUNT_NOT_ALLOWED
	}

	private final Rule rule;

	CaseRuleException(Rule rule, String message) {
		super(message);
		this.rule = rule;
	}

	public Rule rule() {
		return this.rule;
	}
}
