package uk.sosafe.assistant.cluster;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How instances share the work.
 *
 * @param instanceId this instance's name in leases and logs; a random one when empty
 * @param lease how long claimed work (an inbox message, a job, Telegram polling) stays with an instance
 *        that stopped answering before another takes it over
 * @param heartbeat how often an instance says it is alive, and looks for signals from the others
 */
@ConfigurationProperties("sosafe.cluster")
public record ClusterProperties(String instanceId, @DefaultValue("60s") Duration lease,
		@DefaultValue("10s") Duration heartbeat) {

	public ClusterProperties {
		if (lease.compareTo(Duration.ofSeconds(2)) < 0) {
			throw new IllegalArgumentException("sosafe.cluster.lease must be at least 2 seconds");
		}
		if (heartbeat.isNegative() || heartbeat.isZero() || heartbeat.compareTo(lease) >= 0) {
			throw new IllegalArgumentException("sosafe.cluster.heartbeat must be positive and shorter than the lease");
		}
	}
}
