package uk.sosafe.assistant.safety;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.sosafe.assistant.MutableClock;
import uk.sosafe.assistant.system.SqliteDataTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Closed cases go, with their events and follow-ups, two years after closing; open cases never do. */
@SqliteDataTest
class ClosedCaseRetentionDataTest {

	private static final Instant NOW = Instant.parse("2026-11-26T03:30:00Z");

	private static final String OURS = "('closed-long-ago', 'closed-lately', 'open-for-years')";

	@Autowired
	JdbcClient jdbc;

	@Test
	void closedCasesGoWithTheirTrailAfterThePeriodAndOpenOnesStay() {
		insertCase("closed-long-ago", "CLOSED", NOW.minus(Duration.ofDays(1200)), NOW.minus(Duration.ofDays(731)));
		insertCase("closed-lately", "CLOSED", NOW.minus(Duration.ofDays(800)), NOW.minus(Duration.ofDays(700)));
		insertCase("open-for-years", "CLAIMED", NOW.minus(Duration.ofDays(2000)), null);

		int deleted = new ClosedCaseRetention(this.jdbc, new MutableClock(NOW), Duration.ofDays(730)).deleteExpired();

		assertThat(deleted).isEqualTo(1);
		// only this test's cases: other data tests may share the database and leave recent cases of their own
		assertThat(this.jdbc.sql("SELECT id FROM cases WHERE id IN " + OURS + " ORDER BY id").query(String.class).list())
			.containsExactly("closed-lately", "open-for-years");
		assertThat(this.jdbc.sql("SELECT DISTINCT case_id FROM case_events WHERE case_id IN " + OURS + " ORDER BY case_id")
			.query(String.class).list()).containsExactly("closed-lately", "open-for-years");
		assertThat(this.jdbc.sql("SELECT DISTINCT case_id FROM case_followups WHERE case_id IN " + OURS + " ORDER BY case_id")
			.query(String.class).list()).containsExactly("closed-lately", "open-for-years");
	}

	private void insertCase(String id, String status, Instant created, Instant closed) {
		this.jdbc.sql("""
				INSERT INTO cases (id, reference, resident_id, category, emergency, status, teams, contact, anonymous,
				disclosure_enc, created_at, closed_at, escalations, version)
				VALUES (:id, :reference, 'r_retention', 'cuckooing', FALSE, :status, 'community-safety', 'NONE', FALSE,
				:text, :created, :closed, 0, 1)""")
			.param("id", id).param("reference", "SS-" + id).param("status", status).param("text", new byte[] { 1, 2 })
			.param("created", created.toEpochMilli()).param("closed", closed == null ? null : closed.toEpochMilli())
			.update();
		this.jdbc.sql("INSERT INTO case_events (case_id, actor, action, at) VALUES (:id, 'jo.officer', 'VIEWED', 0)")
			.param("id", id).update();
		this.jdbc.sql("INSERT INTO case_followups (case_id, text_enc, at) VALUES (:id, :text, 0)")
			.param("id", id).param("text", new byte[] { 3 }).update();
	}
}
