package uk.sosafe.assistant.campaign;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.sosafe.assistant.conversation.spi.RetentionRule;

/**
 * Consent ledger entries are kept while they are the latest word on a topic, and for
 * {@code sosafe.retention.consent-ledger} (default two years) after a later entry on the same topic
 * superseded them, or one on everything did and no subscription to the topic is left. Opt-outs are not touched: they live on as keyed hashes of the address
 * and as suppressions, for as long as the resident is known.
 */
@Component
class ConsentLedgerRetention implements RetentionRule {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration period;

	ConsentLedgerRetention(JdbcClient jdbc, Clock clock, @Value("${sosafe.retention.consent-ledger:730d}") Duration period) {
		if (period.isNegative() || period.isZero()) {
			throw new IllegalArgumentException("sosafe.retention.consent-ledger must be a positive duration, such as 730d");
		}
		this.jdbc = jdbc;
		this.clock = clock;
		this.period = period;
	}

	@Override
	public String kind() {
		return "consent-ledger";
	}

	@Override
	public int deleteExpired() {
		return this.jdbc.sql("""
				DELETE FROM consent_ledger WHERE EXISTS (SELECT 1 FROM consent_ledger later
				WHERE later.resident_id = consent_ledger.resident_id AND later.id > consent_ledger.id
				AND later.at < :before AND (later.topic = consent_ledger.topic OR (later.topic = :all
				AND NOT EXISTS (SELECT 1 FROM subscriptions s WHERE s.resident_id = consent_ledger.resident_id
				AND s.topic = consent_ledger.topic))))""")
			.param("all", Subscriptions.ALL)
			.param("before", this.clock.millis() - this.period.toMillis())
			.update();
	}
}
