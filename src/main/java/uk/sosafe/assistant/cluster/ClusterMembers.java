package uk.sosafe.assistant.cluster;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The live instances: each says it is alive every heartbeat, and one that has not said so for a lease
 * is counted out. Limits meant for the service as a whole (a platform's messages per second) are shared
 * between the live instances, so together they stay within them.
 */
@Component
public class ClusterMembers implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ClusterMembers.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final String id;

	private final ClusterProperties properties;

	private volatile int live = 1;

	private volatile boolean running;

	ClusterMembers(JdbcClient jdbc, Clock clock, ClusterInstance instance, ClusterProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.id = instance.id();
		this.properties = properties;
	}

	/** How many instances are alive, this one included (at least one); as of the last heartbeat. */
	public int live() {
		return this.live;
	}

	@Scheduled(fixedDelayString = "${sosafe.cluster.heartbeat:10s}")
	public void beat() {
		if (!this.running) {
			return;
		}
		try {
			long now = this.clock.millis();
			this.jdbc.sql("""
					INSERT INTO cluster_instances (id, started_at, heartbeat_at) VALUES (:id, :now, :now)
					ON CONFLICT (id) DO UPDATE SET heartbeat_at = excluded.heartbeat_at""")
				.param("id", this.id).param("now", now).update();
			long since = now - this.properties.lease().toMillis();
			this.jdbc.sql("DELETE FROM cluster_instances WHERE heartbeat_at < :since").param("since", since).update();
			int counted = this.jdbc.sql("SELECT COUNT(*) FROM cluster_instances WHERE heartbeat_at >= :since")
				.param("since", since).query(Integer.class).single();
			int before = this.live;
			this.live = Math.max(1, counted);
			if (before != this.live) {
				log.info("{} live instances", this.live);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Heartbeat failed, still counting {} live instances: {}", this.live, ex.getClass().getSimpleName());
		}
	}

	@Override
	public void start() {
		this.running = true;
		beat();
	}

	@Override
	public void stop() {
		this.running = false;
		try {
			this.jdbc.sql("DELETE FROM cluster_instances WHERE id = :id").param("id", this.id).update();
		}
		catch (RuntimeException ex) {
			log.debug("Could not sign off: {}", ex.getClass().getSimpleName());
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Signs on after the database is migrated, and off before it closes. */
	@Override
	public int getPhase() {
		return Integer.MIN_VALUE + 100;
	}
}
