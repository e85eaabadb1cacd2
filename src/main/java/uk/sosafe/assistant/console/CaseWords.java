package uk.sosafe.assistant.console;

import java.util.Locale;

import org.springframework.stereotype.Component;

import uk.sosafe.assistant.safety.CaseStatus;
import uk.sosafe.assistant.safety.RoutingRules;
import uk.sosafe.assistant.safety.SafeguardingCase.Contact;

/** Case values in the words officers use on the pages, and the colour of each status tag. */
@Component("caseWords")
class CaseWords {

	private final RoutingRules routing;

	CaseWords(RoutingRules routing) {
		this.routing = routing;
	}

	public String category(String category) {
		String words = category.replace('-', ' ');
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	public String status(CaseStatus status) {
		return switch (status) {
			case NEW -> "Not claimed";
			case CLAIMED -> "Claimed";
			case IN_CONTACT -> "In contact";
			case CLOSED -> "Closed";
		};
	}

	public String tag(CaseStatus status) {
		return switch (status) {
			case NEW -> "govuk-tag govuk-tag--red";
			case CLAIMED -> "govuk-tag govuk-tag--blue";
			case IN_CONTACT -> "govuk-tag govuk-tag--green";
			case CLOSED -> "govuk-tag govuk-tag--grey";
		};
	}

	public String contact(Contact contact) {
		return switch (contact) {
			case CHAT -> "Yes, in the chat they wrote in";
			case CALL -> "Yes, by a phone call at a safe time";
			case NONE -> "No: act on what they said, but do not contact them";
		};
	}

	/** An audit action of a case, such as {@code CLAIM} or {@code ESCALATED_TO:duty-manager}. */
	public String action(String action) {
		if (action.startsWith("ESCALATED_TO:")) {
			String team = action.substring("ESCALATED_TO:".length());
			return "Escalated to " + this.routing.team(team).map(RoutingRules.Team::name).orElse(team);
		}
		return switch (action) {
			case "VIEW" -> "Viewed";
			case "CLAIM" -> "Claimed";
			case "REPLY" -> "Replied to the resident";
			case "CLOSE" -> "Closed";
			case "ESCALATION_CHAIN_ENDED" -> "Still not claimed at the end of the escalation chain";
			default -> action.toLowerCase(Locale.UK).replace('_', ' ');
		};
	}

	public String team(String id) {
		return this.routing.team(id).map(RoutingRules.Team::name).orElse(id);
	}
}
