package uk.sosafe.assistant.conversation;

import java.time.Clock;
import java.time.Duration;
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
 * Keeps personal data no longer than its retention period: web chat residents idle for longer than
 * theirs are forgotten everywhere (each module erases its own data), and transcript lines older than
 * theirs are deleted for everyone. Runs hourly; safe to run on several instances at once.
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
		int forgotten = forgetIdleWebResidents();
		int deleted = deleteOldTranscript();
		if (forgotten + deleted > 0) {
			log.info("Retention: forgot {} idle web chat residents, deleted {} old transcript lines", forgotten, deleted);
		}
	}

	int forgetIdleWebResidents() {
		long before = this.clock.millis() - this.properties.webChat().toMillis();
		List<ResidentId> idle = this.jdbc.sql("SELECT id FROM residents WHERE channel = 'WEB' AND last_seen_at < :before")
			.param("before", before)
			.query((rs, row) -> new ResidentId(rs.getString(1)))
			.list();
		idle.forEach(resident -> this.transactions.executeWithoutResult(
				status -> this.events.publishEvent(new ResidentForgotten(resident))));
		return idle.size();
	}

	int deleteOldTranscript() {
		long before = this.clock.millis() - this.properties.transcript().toMillis();
		Integer deleted = this.transactions.execute(status -> this.jdbc
			.sql("DELETE FROM transcript_entries WHERE created_at < :before").param("before", before).update());
		return deleted == null ? 0 : deleted;
	}

}
