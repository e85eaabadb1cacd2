package uk.sosafe.assistant.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import uk.sosafe.assistant.MutableClock;
import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.system.SqliteDataTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Personal data is kept no longer than its retention period, on a real SQLite file. */
@SqliteDataTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({ ResidentDirectory.class, Transcript.class, Retention.class, JdbcOutbox.class, JdbcInbox.class,
		DailyUsage.class, RetentionDataTest.MovableClock.class })
@EnableConfigurationProperties(RetentionProperties.class)
class RetentionDataTest {

	static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-26T10:00:00Z"));

	@Autowired
	ResidentDirectory residents;

	@Autowired
	Retention retention;

	@Autowired
	JdbcClient jdbc;

	@Test
	void idleWebChatsAreForgottenAfterADayAndActiveOnesKept() {
		CLOCK.set(Instant.parse("2026-11-26T10:00:00Z"));
		ResidentId idle = this.residents.resolve(Channel.WEB, "retention-idle-session-aaaaaaaa");
		ResidentId active = this.residents.resolve(Channel.WEB, "retention-active-session-bbbbbb");
		ResidentId sms = this.residents.resolve(Channel.SMS, "+447700900555");
		CLOCK.advance(Duration.ofHours(23));
		this.residents.seen(active);
		CLOCK.advance(Duration.ofHours(2));

		this.retention.forgetIdleWebResidents();

		assertThat(this.residents.addressOf(idle)).isEmpty();
		assertThat(this.residents.addressOf(active)).isPresent();
		assertThat(this.residents.addressOf(sms)).isPresent();
	}

	@Test
	void transcriptLinesOlderThanTheirPeriodAreDeleted() {
		CLOCK.set(Instant.parse("2026-01-01T10:00:00Z"));
		ResidentId resident = this.residents.resolve(Channel.SMS, "+447700900556");
		insertLine(resident, CLOCK.instant());
		insertLine(resident, CLOCK.instant().plus(Duration.ofDays(60)));
		CLOCK.advance(Duration.ofDays(91));

		this.retention.deleteOldTranscript();

		long left = this.jdbc.sql("SELECT COUNT(*) FROM transcript_entries WHERE resident_id = :r")
			.param("r", resident.value()).query(Long.class).single();
		assertThat(left).isEqualTo(1);
	}

	@Test
	void quietTelegramAndSmsResidentsAreForgottenAfterAYearButTheirOptOutStays() {
		CLOCK.set(Instant.parse("2026-01-01T10:00:00Z"));
		ResidentId quiet = this.residents.resolve(Channel.SMS, "+447700900557");
		this.residents.optOut(quiet, "texted a stop word");
		ResidentId recent = this.residents.resolve(Channel.TELEGRAM, "70000557");
		CLOCK.advance(Duration.ofDays(300));
		this.residents.seen(recent);
		CLOCK.advance(Duration.ofDays(70));

		this.retention.forgetQuietResidents();

		assertThat(this.residents.addressOf(quiet)).isEmpty();
		assertThat(this.residents.addressOf(recent)).isPresent();
		ResidentId returning = this.residents.resolve(Channel.SMS, "+447700900557");
		assertThat(returning).isNotEqualTo(quiet);
		assertThat(this.residents.isOptedOut(returning)).as("the opt-out outlives the resident").isTrue();
	}

	@Test
	void handledInboxAndFinishedOutboxRowsAreDeletedAfterTheirPeriod() {
		CLOCK.set(Instant.parse("2026-03-01T10:00:00Z"));
		this.jdbc.sql("DELETE FROM inbox WHERE resident_id = 'r_x'").update();
		this.jdbc.sql("DELETE FROM outbox WHERE resident_id = 'r_x'").update();
		long start = CLOCK.millis();
		this.jdbc.sql("""
				INSERT INTO inbox (channel, external_id, resident_id, text_enc, received_at, status) VALUES
				('SMS', 'SMold', 'r_x', :blob, :old, 'DONE'), ('SMS', 'SMnew', 'r_x', :blob, :recent, 'DONE'),
				('SMS', 'SMwaiting', 'r_x', :blob, :old, 'NEW')""").param("blob", new byte[] { 1 })
			.param("old", start - Duration.ofDays(8).toMillis()).param("recent", start - Duration.ofDays(1).toMillis()).update();
		this.jdbc.sql("""
				INSERT INTO outbox (resident_id, lane, body_enc, status, attempts, next_attempt_at, created_at, updated_at) VALUES
				('r_x', 1, :blob, 'DELIVERED', 0, 0, :old, :old), ('r_x', 1, :blob, 'SENT', 0, 0, :recent, :recent),
				('r_x', 2, :blob, 'QUEUED', 0, 0, :old, :old)""").param("blob", new byte[] { 1 })
			.param("old", start - Duration.ofDays(31).toMillis()).param("recent", start - Duration.ofDays(2).toMillis()).update();

		this.retention.deleteOldMessageTrail();

		assertThat(this.jdbc.sql("SELECT external_id FROM inbox WHERE resident_id = 'r_x' ORDER BY id").query(String.class).list())
			.containsExactly("SMnew", "SMwaiting");
		assertThat(this.jdbc.sql("SELECT status FROM outbox WHERE resident_id = 'r_x' ORDER BY id").query(String.class).list())
			.containsExactly("SENT", "QUEUED");
	}

	private void insertLine(ResidentId resident, Instant at) {
		this.jdbc.sql("INSERT INTO transcript_entries (resident_id, direction, body_enc, created_at) VALUES (:r, 'IN', :b, :t)")
			.param("r", resident.value()).param("b", new byte[] { 1 }).param("t", at.toEpochMilli()).update();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class MovableClock {

		@Bean
		@Primary
		Clock movableClock() {
			return CLOCK;
		}
	}
}
