package uk.sosafe.assistant.cluster;

import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Signals between instances: raising one bumps its number; each instance that sees a number it has not
 * seen acts on it (for example, re-indexes the content an administrator just re-indexed on another).
 */
@Component
public class ClusterSignals {

	private final JdbcClient jdbc;

	private final Clock clock;

	public ClusterSignals(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Raises a signal; returns its new number. */
	public long raise(String name) {
		long now = this.clock.millis();
		this.jdbc.sql("""
				INSERT INTO cluster_signals (name, version, at) VALUES (:name, 1, :now)
				ON CONFLICT (name) DO UPDATE SET version = cluster_signals.version + 1, at = excluded.at""")
			.param("name", name).param("now", now).update();
		return current(name);
	}

	/** The signal's number now: zero if it was never raised. */
	public long current(String name) {
		return this.jdbc.sql("SELECT version FROM cluster_signals WHERE name = :name")
			.param("name", name).query(Long.class).optional().orElse(0L);
	}
}
