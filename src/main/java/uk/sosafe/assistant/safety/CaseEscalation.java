package uk.sosafe.assistant.safety;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import uk.sosafe.assistant.audit.AuditTrail;
import uk.sosafe.assistant.cluster.ClusterLeases;

/**
 * Escalates cases nobody claimed by their deadline: the next team in the first team's chain is
 * alerted and may now claim it too, with its own deadline; the escalation is written to the audit
 * trail. The deadlines live in the cases table, so a restart loses none, and several instances can
 * run this at once (a case changed by another instance is skipped by its version check).
 */
@Component
class CaseEscalation {

	private static final Logger log = LoggerFactory.getLogger(CaseEscalation.class);

	private final Cases cases;

	private final RoutingRules routing;

	private final CaseIntake intake;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final AuditTrail audit;

	private final ClusterLeases leases;

	CaseEscalation(Cases cases, RoutingRules routing, CaseIntake intake, JdbcClient jdbc, TransactionTemplate transactions,
			Clock clock, AuditTrail audit, ClusterLeases leases) {
		this.leases = leases;
		this.audit = audit;
		this.cases = cases;
		this.routing = routing;
		this.intake = intake;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Escalates every case past its deadline; returns how many were escalated. */
	/** On one instance at a time, so a team is not alerted twice for one escalation. */
	@Scheduled(fixedDelayString = "${sosafe.safeguarding.escalation-check:30s}", initialDelayString = "${sosafe.safeguarding.escalation-check:30s}")
	void tick() {
		this.leases.runIfHeld("case-escalation", this::escalateOverdue);
	}

	int escalateOverdue() {
		Instant now = this.clock.instant();
		List<String> overdue = this.jdbc.sql("""
				SELECT id FROM cases WHERE status = 'NEW' AND acknowledge_by IS NOT NULL AND acknowledge_by < :now""")
			.param("now", now.toEpochMilli())
			.query(String.class)
			.list();
		int escalated = 0;
		for (String id : overdue) {
			try {
				Boolean done = this.transactions.execute(status -> escalate(id, now));
				escalated += Boolean.TRUE.equals(done) ? 1 : 0;
			}
			catch (OptimisticLockingFailureException ex) {
				log.debug("A case changed while being escalated; it will be looked at again");
			}
		}
		return escalated;
	}

	private boolean escalate(String id, Instant now) {
		SafeguardingCase overdue = this.cases.findById(id).orElse(null);
		if (overdue == null || overdue.status() != CaseStatus.NEW) {
			return false;
		}
		RoutingRules.Team first = this.routing.team(overdue.teams().get(0)).orElse(null);
		Optional<RoutingRules.Team> next = first == null ? Optional.empty()
				: this.routing.escalation(first, overdue.escalations() + 1);
		if (next.isEmpty()) {
			overdue.escalate(overdue.teams().get(overdue.teams().size() - 1), null);
			this.cases.save(overdue);
			record(overdue, "ESCALATION_CHAIN_ENDED", now);
			log.warn("Case {} is still unclaimed at the end of its escalation chain", overdue.reference());
			return true;
		}
		overdue.escalate(next.get().id(), now.plus(next.get().acknowledgeWithin()));
		this.cases.save(overdue);
		this.intake.alert(next.get(), overdue);
		record(overdue, "ESCALATED_TO:" + next.get().id(), now);
		log.info("Case {} escalated to {}", overdue.reference(), next.get().id());
		return true;
	}

	private void record(SafeguardingCase escalated, String action, Instant now) {
		this.jdbc.sql("INSERT INTO case_events (case_id, actor, action, at) VALUES (:case, 'system', :action, :at)")
			.param("case", escalated.id())
			.param("action", action)
			.param("at", now.toEpochMilli())
			.update();
		String[] parts = action.split(":", 2);
		this.audit.record("system", "CASE_" + parts[0], escalated.reference(), parts.length > 1 ? "to " + parts[1] : null);
	}
}
