package uk.sosafe.assistant.campaign;

/** A campaign rule refused an action; the message says why, in words comms staff understand. */
public class CampaignRuleException extends RuntimeException {

	CampaignRuleException(String message) {
		super(message);
	}
}
