package uk.sosafe.assistant.safety;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.sosafe.assistant.audit.AuditTrail;
import uk.sosafe.assistant.conversation.spi.Lane;
import uk.sosafe.assistant.conversation.spi.Outbox;
import uk.sosafe.assistant.conversation.spi.Reply;
import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.privacy.PersonalData;
import uk.sosafe.assistant.staff.Role;
import uk.sosafe.assistant.staff.StaffAccount;
import uk.sosafe.assistant.staff.StaffDirectory;

/**
 * What officers do with cases: list their teams' cases, view one (audited), claim, reply and close.
 * Every action is checked against the case's own rules and written to the audit trail; an officer of
 * another team cannot see a case at all. Officers never see the resident's number or chat id: replies
 * go through the resident's own channel by internal id.
 */
@Service
public class CaseDesk {

	/** Who is acting: a staff username and the teams they belong to. */
	public record Officer(String username, Set<String> teams) {
	}

	/** A case as listed: no disclosed words. */
	public record Summary(String reference, String category, boolean emergency, CaseStatus status, String claimedBy,
			Instant createdAt, Instant acknowledgeBy) {
	}

	/** A case in full, for an officer of its team. */
	public record Details(String reference, String category, boolean emergency, CaseStatus status, String claimedBy,
			SafeguardingCase.Contact contact, String safeTimes, String area, String disclosure, Instant createdAt,
			String outcome, List<Event> events, List<FollowUp> followUps) {
	}

	/** Something the resident wrote after the case was opened. */
	public record FollowUp(String text, Instant at) {
	}

	/** One line of the audit trail. */
	public record Event(String actor, String action, Instant at) {
	}

	/** There is no case with that reference (or none this officer may know of). */
	public static final class NotFound extends RuntimeException {

		NotFound(String reference) {
			super("There is no case " + reference + ".");
		}
	}

	private final Cases cases;

	private final JdbcClient jdbc;

	private final PersonalData personalData;

	private final Outbox outbox;

	private final Clock clock;

	private final MessageSource messages;

	private final TeamNotices notices;

	private final OfficerLinks links;

	private final AuditTrail audit;

	private final StaffDirectory staff;

	CaseDesk(Cases cases, JdbcClient jdbc, PersonalData personalData, Outbox outbox, Clock clock,
			MessageSource messages, TeamNotices notices, OfficerLinks links, AuditTrail audit, StaffDirectory staff) {
		this.notices = notices;
		this.links = links;
		this.messages = messages;
		this.audit = audit;
		this.staff = staff;
		this.cases = cases;
		this.jdbc = jdbc;
		this.personalData = personalData;
		this.outbox = outbox;
		this.clock = clock;
	}

	public List<Summary> casesFor(Officer officer) {
		active(officer);
		return this.cases.findAll().stream()
			.filter(found -> found.mayBeHandledBy(officer.teams()))
			.sorted((a, b) -> b.createdAt().compareTo(a.createdAt()))
			.map(CaseDesk::summary)
			.toList();
	}

	/** Who claimed a case, if anyone (for telling a second claimer who has it). */
	public java.util.Optional<String> claimerOf(String reference) {
		return this.cases.findByReference(reference).map(SafeguardingCase::claimedBy);
	}

	/** Every case, for an administrator's oversight: listed without disclosed words. */
	public List<Summary> allCases(String administrator) {
		administrator(administrator);
		return this.cases.findAll().stream()
			.sorted((a, b) -> b.createdAt().compareTo(a.createdAt()))
			.map(CaseDesk::summary)
			.toList();
	}

	/**
	 * A case in full for an administrator's oversight, whatever team it was routed to; audited like any
	 * view. Claiming, replying and closing stay with the routed teams.
	 */
	@Transactional
	public Details inspect(String administrator, String reference) {
		administrator(administrator);
		SafeguardingCase found = this.cases.findByReference(reference).orElseThrow(() -> new NotFound(reference));
		record(found, new Officer(administrator, Set.of()), "VIEW");
		return details(found);
	}

	@Transactional
	public Details view(Officer officer, String reference) {
		SafeguardingCase found = mine(officer, reference);
		record(found, officer, "VIEW");
		return details(found);
	}

	@Transactional
	public Details claim(Officer officer, String reference) {
		SafeguardingCase found = mine(officer, reference);
		found.claim(officer.username(), officer.teams(), this.clock.instant());
		save(found);
		record(found, officer, "CLAIM");
		this.notices.toTeams(found, Reply.text(this.messages.getMessage("case.claimed.team",
				new Object[] { found.reference(), this.links.nameOf(officer.username()) }, java.util.Locale.ENGLISH)),
				Lane.SAFETY);
		return details(found);
	}

	/** Sends the officer's words to the resident through their own channel, as the team, not as a person. */
	@Transactional
	public Details reply(Officer officer, String reference, String text) {
		SafeguardingCase found = mine(officer, reference);
		if (found.claimedBy() == null || !found.claimedBy().equals(officer.username())) {
			throw new CaseRuleException(CaseRuleException.Rule.NOT_CLAIMED,
					"Only the officer who claimed case " + reference + " can reply.");
		}
		if (found.contact() != SafeguardingCase.Contact.CHAT) {
			throw new CaseRuleException(CaseRuleException.Rule.NO_CONSENT,
					"The resident did not ask for replies in the chat about case " + reference + ".");
		}
		found.contacted();
		save(found);
		this.outbox.enqueue(new ResidentId(found.residentId()),
				List.of(Reply.text("SoSafe team (" + found.reference() + "): " + text.strip())), Lane.REPLY);
		record(found, officer, "REPLY");
		return details(found);
	}

	/** Closes the case; a resident who chose contact in the chat is told, with the 999 line. */
	@Transactional
	public Details close(Officer officer, String reference, String outcome) {
		SafeguardingCase found = mine(officer, reference);
		found.close(outcome, this.clock.instant());
		save(found);
		if (found.contact() == SafeguardingCase.Contact.CHAT) {
			this.outbox.enqueue(new ResidentId(found.residentId()), List.of(Reply.text(this.messages
				.getMessage("case.closed", new Object[] { found.reference() }, java.util.Locale.ENGLISH))), Lane.REPLY);
		}
		record(found, officer, "CLOSE");
		return details(found);
	}

	private SafeguardingCase mine(Officer officer, String reference) {
		active(officer);
		SafeguardingCase found = this.cases.findByReference(reference).orElseThrow(() -> new NotFound(reference));
		if (!found.mayBeHandledBy(officer.teams())) {
			throw new CaseRuleException(CaseRuleException.Rule.NOT_YOUR_TEAM,
					"Case " + reference + " was not routed to your team.");
		}
		return found;
	}

	private void administrator(String username) {
		if (this.staff.find(username).filter(StaffAccount::enabled).filter(account -> account.roles().contains(Role.ADMIN))
			.isEmpty()) {
			throw new CaseRuleException(CaseRuleException.Rule.ACCOUNT_NOT_ALLOWED,
					"Only an enabled administrator account can oversee every case.");
		}
	}

	private static Summary summary(SafeguardingCase found) {
		return new Summary(found.reference(), found.category(), found.emergency(), found.status(), found.claimedBy(),
				found.createdAt(), found.acknowledgeBy());
	}

	/** A disabled account works no case, whatever teams the caller says it has. */
	private void active(Officer officer) {
		if (this.staff.find(officer.username()).filter(StaffAccount::enabled).isEmpty()) {
			throw new CaseRuleException(CaseRuleException.Rule.ACCOUNT_NOT_ALLOWED,
					"The account " + officer.username() + " is disabled or unknown: it cannot work on cases.");
		}
	}

	private void save(SafeguardingCase found) {
		try {
			this.cases.save(found);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new CaseRuleException(CaseRuleException.Rule.ALREADY_CLAIMED,
					"Case " + found.reference() + " changed while you were working on it; look again.");
		}
	}

	private void record(SafeguardingCase found, Officer officer, String action) {
		this.jdbc.sql("INSERT INTO case_events (case_id, actor, action, at) VALUES (:case, :actor, :action, :at)")
			.param("case", found.id())
			.param("actor", officer.username())
			.param("action", action)
			.param("at", this.clock.millis())
			.update();
		this.audit.record(officer.username(), "CASE_" + action, found.reference(), null);
	}

	private Details details(SafeguardingCase found) {
		List<Event> events = this.jdbc.sql("SELECT actor, action, at FROM case_events WHERE case_id = :case ORDER BY id")
			.param("case", found.id())
			.query((rs, row) -> new Event(rs.getString(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3))))
			.list();
		List<FollowUp> followUps = this.jdbc.sql("SELECT text_enc, at FROM case_followups WHERE case_id = :case ORDER BY id")
			.param("case", found.id())
			.query((rs, row) -> new FollowUp(this.personalData.decrypt(rs.getBytes(1)), Instant.ofEpochMilli(rs.getLong(2))))
			.list();
		return new Details(found.reference(), found.category(), found.emergency(), found.status(), found.claimedBy(),
				found.contact(), found.safeTimes(), found.area(), this.personalData.decrypt(found.disclosureEnc()),
				found.createdAt(), found.outcome(), events, followUps);
	}
}
