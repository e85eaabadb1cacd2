package uk.sosafe.assistant.safety;

import java.time.Clock;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.sosafe.assistant.conversation.spi.CachedReading;

/** Safeguarding cases for operators: how many are open, unclaimed, and open after escalation. Counts only. */
@Component
class CaseMetrics implements MeterBinder {

	private final JdbcClient jdbc;

	private final CachedReading<Map<String, Long>> counts;

	CaseMetrics(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.counts = new CachedReading<>(this::read, CachedReading.GAUGE_PERIOD, clock);
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (String state : new String[] { "open", "unclaimed", "escalated" }) {
			Gauge.builder("sosafe.cases", () -> this.counts.get().get(state)).tag("state", state)
				.description("Safeguarding cases not closed (open), not yet claimed (unclaimed), open after escalation (escalated)")
				.register(registry);
		}
	}

	private Map<String, Long> read() {
		return this.jdbc.sql("""
				SELECT COALESCE(SUM(CASE WHEN status <> 'CLOSED' THEN 1 ELSE 0 END), 0),
				COALESCE(SUM(CASE WHEN status = 'NEW' THEN 1 ELSE 0 END), 0),
				COALESCE(SUM(CASE WHEN status <> 'CLOSED' AND escalations > 0 THEN 1 ELSE 0 END), 0) FROM cases""")
			.query((rs, row) -> Map.of("open", rs.getLong(1), "unclaimed", rs.getLong(2), "escalated", rs.getLong(3)))
			.single();
	}
}
