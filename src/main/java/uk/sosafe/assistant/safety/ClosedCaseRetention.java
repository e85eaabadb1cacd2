package uk.sosafe.assistant.safety;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.sosafe.assistant.conversation.spi.RetentionRule;

/**
 * Closed safeguarding cases are kept for {@code sosafe.retention.closed-cases} (default two years) after
 * closing, then deleted with their events and the resident's follow-up messages. Open cases are never
 * deleted, whatever their age.
 */
@Component
class ClosedCaseRetention implements RetentionRule {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration period;

	ClosedCaseRetention(JdbcClient jdbc, Clock clock, @Value("${sosafe.retention.closed-cases:730d}") Duration period) {
		if (period.isNegative() || period.isZero()) {
			throw new IllegalArgumentException("sosafe.retention.closed-cases must be a positive duration, such as 730d");
		}
		this.jdbc = jdbc;
		this.clock = clock;
		this.period = period;
	}

	@Override
	public String kind() {
		return "closed-cases";
	}

	@Override
	@Transactional
	public int deleteExpired() {
		List<String> expired = this.jdbc.sql("SELECT id FROM cases WHERE status = :closed AND closed_at < :before")
			.param("closed", CaseStatus.CLOSED.name())
			.param("before", this.clock.millis() - this.period.toMillis())
			.query(String.class)
			.list();
		for (String id : expired) {
			this.jdbc.sql("DELETE FROM case_events WHERE case_id = :id").param("id", id).update();
			this.jdbc.sql("DELETE FROM case_followups WHERE case_id = :id").param("id", id).update();
			this.jdbc.sql("DELETE FROM cases WHERE id = :id").param("id", id).update();
		}
		return expired.size();
	}
}
