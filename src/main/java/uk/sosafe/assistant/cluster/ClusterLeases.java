package uk.sosafe.assistant.cluster;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Named leases in the database: whoever holds one does the work it names, and keeps it by renewing it
 * before it runs out; once it has run out (its holder stopped), the next instance to ask takes it. One
 * statement takes or renews a lease, so two instances can never both hold it. On SQLite there is only
 * ever one instance, so every lease is its own at once: a restart after a crash does not wait for the
 * crashed process's leases to run out.
 */
@Component
public class ClusterLeases {

	private static final Logger log = LoggerFactory.getLogger(ClusterLeases.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final String owner;

	private final Duration lease;

	private final boolean shared;

	@Autowired
	ClusterLeases(JdbcClient jdbc, Clock clock, ClusterInstance instance, ClusterProperties properties,
			ClusterDatabase database) {
		this(jdbc, clock, instance, properties, database.shared());
	}

	ClusterLeases(JdbcClient jdbc, Clock clock, ClusterInstance instance, ClusterProperties properties, boolean shared) {
		this.shared = shared;
		this.jdbc = jdbc;
		this.clock = clock;
		this.owner = instance.id();
		this.lease = properties.lease();
	}

	/** Takes or renews the lease for the configured lease time; whether this instance now holds it. */
	public boolean hold(String name) {
		return hold(name, this.lease);
	}

	/** Takes or renews the lease for the given time; whether this instance now holds it. */
	public boolean hold(String name, Duration duration) {
		if (!this.shared) {
			return true;
		}
		long now = this.clock.millis();
		int held = this.jdbc.sql("""
				INSERT INTO cluster_leases (name, owner, held_until) VALUES (:name, :owner, :until)
				ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, held_until = excluded.held_until
				WHERE cluster_leases.owner = excluded.owner OR cluster_leases.held_until < :now""")
			.param("name", name)
			.param("owner", this.owner)
			.param("until", now + duration.toMillis())
			.param("now", now)
			.update();
		return held == 1;
	}

	/** Runs the work if this instance holds (or can take) the lease; whether it ran. */
	public boolean runIfHeld(String name, Runnable work) {
		return runIfHeld(name, this.lease, work);
	}

	/**
	 * Runs the work if this instance holds (or can take) the lease for the given time; whether it ran. A
	 * daily job takes its lease for longer than it can run, so the others, firing at the same moment, skip.
	 */
	public boolean runIfHeld(String name, Duration duration, Runnable work) {
		if (!hold(name, duration)) {
			log.trace("Lease {} is held by another instance", name);
			return false;
		}
		work.run();
		return true;
	}

	/** Gives the lease up, if this instance holds it, so another can take it at once. */
	public void release(String name) {
		this.jdbc.sql("DELETE FROM cluster_leases WHERE name = :name AND owner = :owner")
			.param("name", name)
			.param("owner", this.owner)
			.update();
	}

	/** Who holds a lease that has not run out. */
	public Optional<String> holder(String name) {
		return this.jdbc.sql("SELECT owner FROM cluster_leases WHERE name = :name AND held_until >= :now")
			.param("name", name)
			.param("now", this.clock.millis())
			.query(String.class)
			.optional();
	}
}
