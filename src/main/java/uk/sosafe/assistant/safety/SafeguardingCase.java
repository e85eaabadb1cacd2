package uk.sosafe.assistant.safety;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A disclosure passed to the partnership with the resident's consent. Linked to the resident by the
 * internal id only; the disclosed text is sealed by the caller before it gets here. The rules that keep
 * a case safe live here, so no caller can skip them: it cannot be closed before someone claims it,
 * nobody may contact a resident who said no, and only an officer of a team it was routed to (first, or
 * by escalation) may claim it.
 */
@Table("cases")
public class SafeguardingCase {

	/** How the resident agreed to be contacted. */
	public enum Contact {
		/** Through the chat they wrote in. */
		CHAT,
		/** A phone call, at a time they said is safe. */
		CALL,
		/** Not at all: the partnership may act on what was said, but not reply. */
		NONE
	}

	@Id
	private final String id;

	private final String reference;

	private final String residentId;

	private final String category;

	private final boolean emergency;

	private CaseStatus status;

	private String teams;

	private final Contact contact;

	private final String safeTimes;

	private final boolean anonymous;

	private final String area;

	private final byte[] disclosureEnc;

	private String claimedBy;

	private String outcome;

	private final Instant createdAt;

	private Instant claimedAt;

	private Instant closedAt;

	private int escalations;

	private Instant acknowledgeBy;

	@Version
	private Long version;

	@PersistenceCreator
	SafeguardingCase(String id, String reference, String residentId, String category, boolean emergency,
			CaseStatus status, String teams, Contact contact, String safeTimes, boolean anonymous, String area,
			byte[] disclosureEnc, String claimedBy, String outcome, Instant createdAt, Instant claimedAt,
			Instant closedAt, int escalations, Instant acknowledgeBy, Long version) {
		this.id = id;
		this.reference = reference;
		this.residentId = residentId;
		this.category = category;
		this.emergency = emergency;
		this.status = status;
		this.teams = teams;
		this.contact = contact;
		this.safeTimes = safeTimes;
		this.anonymous = anonymous;
		this.area = area;
		this.disclosureEnc = disclosureEnc;
		this.claimedBy = claimedBy;
		this.outcome = outcome;
		this.createdAt = createdAt;
		this.claimedAt = claimedAt;
		this.closedAt = closedAt;
		this.escalations = escalations;
		this.acknowledgeBy = acknowledgeBy;
		this.version = version;
	}

	/** Opens a case routed to {@code team}, to be claimed by {@code acknowledgeBy}. */
	static SafeguardingCase open(String id, String reference, String residentId, String category, boolean emergency,
			String team, Contact contact, String safeTimes, boolean anonymous, String area, byte[] disclosureEnc,
			Instant now, Instant acknowledgeBy) {
		Objects.requireNonNull(contact, "contact");
		return new SafeguardingCase(id, reference, residentId, category, emergency, CaseStatus.NEW, team, contact,
				safeTimes, anonymous, area, disclosureEnc, null, null, now, null, null, 0, acknowledgeBy, null);
	}

	/**
	 * An officer claims the case: first come. Refused when none of the officer's teams is one the case
	 * was routed to (checked first, so another team learns nothing), or when it is already claimed (the
	 * message names who has it).
	 */
	void claim(String officer, Set<String> officerTeams, Instant now) {
		if (!mayBeHandledBy(officerTeams)) {
			throw new CaseRuleException(CaseRuleException.Rule.NOT_YOUR_TEAM,
					"Case " + this.reference + " was not routed to your team.");
		}
		if (this.status != CaseStatus.NEW) {
			throw new CaseRuleException(CaseRuleException.Rule.ALREADY_CLAIMED,
					"Case " + this.reference + " is already claimed" + (this.claimedBy == null ? "." : " by " + this.claimedBy + "."));
		}
		this.status = CaseStatus.CLAIMED;
		this.claimedBy = officer;
		this.claimedAt = now;
		this.acknowledgeBy = null;
	}

	/** The officer gets in touch; only when the resident agreed to contact, and only once claimed. */
	void contacted() {
		if (this.contact == Contact.NONE) {
			throw new CaseRuleException(CaseRuleException.Rule.NO_CONSENT,
					"The resident asked not to be contacted about case " + this.reference + ".");
		}
		if (this.status == CaseStatus.NEW || this.status == CaseStatus.CLOSED) {
			throw new CaseRuleException(CaseRuleException.Rule.NOT_CLAIMED,
					"Case " + this.reference + " must be claimed (and open) before contact.");
		}
		this.status = CaseStatus.IN_CONTACT;
	}

	/** Closes with an outcome; never before an officer has claimed it, never twice. */
	void close(String outcome, Instant now) {
		if (this.status == CaseStatus.NEW) {
			throw new CaseRuleException(CaseRuleException.Rule.NOT_CLAIMED,
					"Case " + this.reference + " cannot be closed before it is claimed.");
		}
		if (this.status == CaseStatus.CLOSED) {
			throw new CaseRuleException(CaseRuleException.Rule.CLOSED, "Case " + this.reference + " is already closed.");
		}
		if (outcome == null || outcome.isBlank()) {
			throw new CaseRuleException(CaseRuleException.Rule.NO_OUTCOME, "Closing a case needs an outcome.");
		}
		this.status = CaseStatus.CLOSED;
		this.outcome = outcome.strip();
		this.closedAt = now;
	}

	/** Still unclaimed at its deadline: the next team in the chain may now handle it too. */
	void escalate(String team, Instant acknowledgeBy) {
		if (this.status != CaseStatus.NEW) {
			return;
		}
		if (!teams().contains(team)) {
			this.teams = this.teams + "," + team;
		}
		this.escalations++;
		this.acknowledgeBy = acknowledgeBy;
	}

	/** Whether an officer of these teams may see and handle the case. */
	boolean mayBeHandledBy(Set<String> officerTeams) {
		return teams().stream().anyMatch(officerTeams::contains);
	}

	List<String> teams() {
		return new ArrayList<>(Arrays.asList(this.teams.split(",")));
	}

	public String id() {
		return this.id;
	}

	public String reference() {
		return this.reference;
	}

	public String residentId() {
		return this.residentId;
	}

	public String category() {
		return this.category;
	}

	public boolean emergency() {
		return this.emergency;
	}

	public CaseStatus status() {
		return this.status;
	}

	public Contact contact() {
		return this.contact;
	}

	public String safeTimes() {
		return this.safeTimes;
	}

	public boolean anonymous() {
		return this.anonymous;
	}

	public String area() {
		return this.area;
	}

	byte[] disclosureEnc() {
		return this.disclosureEnc;
	}

	public String claimedBy() {
		return this.claimedBy;
	}

	public String outcome() {
		return this.outcome;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant claimedAt() {
		return this.claimedAt;
	}

	public Instant closedAt() {
		return this.closedAt;
	}

	public int escalations() {
		return this.escalations;
	}

	public Instant acknowledgeBy() {
		return this.acknowledgeBy;
	}
}
