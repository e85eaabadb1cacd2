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
@Import({ ResidentDirectory.class, Transcript.class, Retention.class, RetentionDataTest.MovableClock.class })
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
