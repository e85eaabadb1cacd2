package uk.sosafe.assistant.cluster;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.sosafe.assistant.MutableClock;
import uk.sosafe.assistant.system.SqliteDataTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Leases, live instances and signals on the real database, with two "instances" sharing it: a lease
 * has one holder at a time, passes on only when it runs out or is given up, and the live count follows
 * the heartbeats. (The leases are tested as shared on SQLite too, where the application itself grants
 * every lease at once, having only one instance.)
 */
@SqliteDataTest
class ClusterLeasesDataTest {

	/** Far ahead of the real clock, so the application context's own heartbeat counts as long gone. */
	private final MutableClock clock = new MutableClock(Instant.parse("2031-01-01T10:00:00Z"));

	private final ClusterProperties properties = new ClusterProperties(null, Duration.ofSeconds(60), Duration.ofSeconds(10));

	@Autowired
	JdbcClient jdbc;

	@Test
	void aLeaseHasOneHolderUntilItRunsOutOrIsGivenUp() {
		ClusterLeases a = leases("a");
		ClusterLeases b = leases("b");

		assertThat(a.hold("job")).isTrue();
		assertThat(b.hold("job")).as("held by a").isFalse();
		assertThat(a.hold("job")).as("a renews its own").isTrue();
		assertThat(b.holder("job")).contains("a");

		this.clock.advance(Duration.ofSeconds(59));
		assertThat(b.hold("job")).as("not run out yet").isFalse();
		this.clock.advance(Duration.ofSeconds(2));
		assertThat(b.hold("job")).as("run out: b takes it").isTrue();
		assertThat(a.hold("job")).as("and a cannot take it back while b renews").isFalse();

		b.release("job");
		assertThat(a.runIfHeld("job", () -> { })).as("given up: a takes it at once").isTrue();
		int[] runs = { 0 };
		assertThat(b.runIfHeld("job", () -> runs[0]++)).isFalse();
		assertThat(runs[0]).as("the work runs only on the holder").isZero();
	}

	@Test
	void onADatabaseOnlyOneInstanceUsesEveryLeaseIsHeldAtOnce() {
		ClusterLeases crashed = new ClusterLeases(this.jdbc, this.clock, instance("crashed"), this.properties, true);
		assertThat(crashed.hold("fan-out")).isTrue();
		ClusterLeases restarted = new ClusterLeases(this.jdbc, this.clock, instance("restarted"), this.properties, false);

		assertThat(restarted.hold("fan-out")).as("no wait for the crashed process's lease").isTrue();
	}

	@Test
	void theLiveCountFollowsHeartbeatsAndDropsAnInstanceThatWentQuiet() {
		ClusterMembers a = members("a");
		ClusterMembers b = members("b");
		a.start();
		b.start();
		a.beat();
		assertThat(a.live()).isEqualTo(2);

		this.clock.advance(Duration.ofSeconds(61));
		a.beat();
		assertThat(a.live()).as("b said nothing for a lease").isEqualTo(1);

		b.beat();
		a.beat();
		assertThat(a.live()).as("b is back").isEqualTo(2);
		b.stop();
		a.beat();
		assertThat(a.live()).as("b signed off").isEqualTo(1);
		a.stop();
	}

	@Test
	void aSignalRaisedOnOneInstanceIsSeenByAnother() {
		ClusterSignals one = new ClusterSignals(this.jdbc, this.clock);
		ClusterSignals other = new ClusterSignals(this.jdbc, this.clock);
		long before = other.current("test-signal");

		long raised = one.raise("test-signal");

		assertThat(raised).isEqualTo(before + 1);
		assertThat(other.current("test-signal")).isEqualTo(raised);
	}

	private ClusterLeases leases(String name) {
		return new ClusterLeases(this.jdbc, this.clock, instance(name), this.properties, true);
	}

	private ClusterMembers members(String name) {
		return new ClusterMembers(this.jdbc, this.clock, instance(name), this.properties);
	}

	private ClusterInstance instance(String name) {
		return new ClusterInstance(new ClusterProperties(name, Duration.ofSeconds(60), Duration.ofSeconds(10)));
	}
}
