package uk.sosafe.assistant.campaign;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.sosafe.assistant.MutableClock;
import uk.sosafe.assistant.system.SqliteDataTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Consent entries go two years after they were superseded; the latest word on a topic, the evidence for a
 * live subscription, and suppressions stay.
 */
@SqliteDataTest
class ConsentLedgerRetentionDataTest {

	private static final Instant NOW = Instant.parse("2026-11-26T03:30:00Z");

	@Autowired
	JdbcClient jdbc;

	@Test
	void supersededEntriesGoAfterThePeriodAndTheCurrentWordStays() {
		ledger("r_left", "scams", "REQUESTED", 1100);
		ledger("r_left", "scams", "CONFIRMED", 1099);
		ledger("r_left", "scams", "UNSUBSCRIBED", 900);
		ledger("r_stopped", "scams", "CONFIRMED", 1100);
		ledger("r_stopped", "all", "OPTED_OUT", 1000);
		this.jdbc.sql("INSERT INTO subscriptions (resident_id, topic, channel, status, created_at) VALUES ('r_stopped', 'scams', 'SMS', 'CONFIRMED', 0)")
			.update();
		this.jdbc.sql("INSERT INTO campaign_suppressions (resident_id, reason, since) VALUES ('r_stopped', 'opted-out', 0)").update();
		ledger("r_lately", "events", "REQUESTED", 400);
		ledger("r_lately", "events", "CONFIRMED", 399);

		int deleted = new ConsentLedgerRetention(this.jdbc, new MutableClock(NOW), Duration.ofDays(730)).deleteExpired();

		assertThat(deleted).isEqualTo(2);
		assertThat(this.jdbc.sql("SELECT resident_id || ' ' || action FROM consent_ledger ORDER BY id").query(String.class).list())
			.containsExactly("r_left UNSUBSCRIBED", "r_stopped CONFIRMED", "r_stopped OPTED_OUT", "r_lately REQUESTED",
					"r_lately CONFIRMED");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM campaign_suppressions").query(Long.class).single()).isEqualTo(1);
	}

	private void ledger(String resident, String topic, String action, int daysAgo) {
		this.jdbc.sql("""
				INSERT INTO consent_ledger (resident_id, channel, topic, action, how, at)
				VALUES (:resident, 'SMS', :topic, :action, 'test', :at)""")
			.param("resident", resident).param("topic", topic).param("action", action)
			.param("at", NOW.minus(Duration.ofDays(daysAgo)).toEpochMilli())
			.update();
	}
}
