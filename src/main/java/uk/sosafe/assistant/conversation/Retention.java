package uk.sosafe.assistant.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import uk.sosafe.assistant.conversation.spi.ResidentForgotten;
import uk.sosafe.assistant.conversation.spi.ResidentId;

/**
 * Keeps personal data no longer than its retention period: web chat residents idle for a day and
 * Telegram or SMS residents quiet for a year are forgotten everywhere (each module erases its own data);
 * transcript lines, handled inbox rows and finished outbox rows older than theirs are deleted for
 * everyone, with the daily sending counts. Runs hourly; safe to run on several instances at once.
 */
@Component
class Retention {

	private static final Logger log = LoggerFactory.getLogger(Retention.class);

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final RetentionProperties properties;

	private final Clock clock;

	Retention(JdbcClient jdbc, ApplicationEventPublisher events, TransactionTemplate transactions,
			RetentionProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.transactions = transactions;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${sosafe.retention.check-every:1h}", initialDelayString = "${sosafe.retention.check-every:1h}")
	void apply() {
		int forgotten = forgetIdleWebResidents() + forgetQuietResidents();
		int deleted = deleteOldTranscript();
		int trail = deleteOldMessageTrail();
		if (forgotten + deleted + trail > 0) {
			log.info("Retention: forgot {} idle residents, deleted {} old transcript lines and {} old inbox and outbox rows",
					forgotten, deleted, trail);
		}
	}

	int forgetIdleWebResidents() {
		return forgetIdle("channel = 'WEB'", this.properties.webChat());
	}

	/** Telegram and SMS residents who have not written for the resident period. */
	int forgetQuietResidents() {
		return forgetIdle("channel <> 'WEB'", this.properties.resident());
	}

	private int forgetIdle(String channels, Duration period) {
		long before = this.clock.millis() - period.toMillis();
		List<ResidentId> idle = this.jdbc.sql("SELECT id FROM residents WHERE " + channels + " AND last_seen_at < :before")
			.param("before", before)
			.query((rs, row) -> new ResidentId(rs.getString(1)))
			.list();
		idle.forEach(resident -> this.transactions.executeWithoutResult(
				status -> this.events.publishEvent(new ResidentForgotten(resident))));
		return idle.size();
	}

	/** Handled inbox rows, finished outbox rows and old daily sending counts. */
	int deleteOldMessageTrail() {
		long now = this.clock.millis();
		Integer deleted = this.transactions.execute(status -> {
			int inbox = this.jdbc.sql("DELETE FROM inbox WHERE status IN ('DONE', 'FAILED') AND received_at < :before")
				.param("before", now - this.properties.inbox().toMillis()).update();
			int outbox = this.jdbc.sql("""
					DELETE FROM outbox WHERE status IN ('SENT', 'DELIVERED', 'FAILED', 'UNCERTAIN') AND updated_at < :before""")
				.param("before", now - this.properties.outbox().toMillis()).update();
			this.jdbc.sql("DELETE FROM send_usage WHERE day < :day")
				.param("day", LocalDate.now(this.clock.withZone(DailyUsage.LONDON)).minusDays(7).toString()).update();
			return inbox + outbox;
		});
		return deleted == null ? 0 : deleted;
	}

	int deleteOldTranscript() {
		long before = this.clock.millis() - this.properties.transcript().toMillis();
		Integer deleted = this.transactions.execute(status -> this.jdbc
			.sql("DELETE FROM transcript_entries WHERE created_at < :before").param("before", before).update());
		return deleted == null ? 0 : deleted;
	}

}
