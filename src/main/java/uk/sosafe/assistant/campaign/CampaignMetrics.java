package uk.sosafe.assistant.campaign;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.sosafe.assistant.conversation.spi.CachedReading;
import uk.sosafe.assistant.conversation.spi.Outbox;

/**
 * Campaign progress for operators: campaigns by status, and the messages of campaigns still going out
 * (sending, paused or all queued) by outbox status. Counts only, no campaign or resident in the tags.
 */
@Component
class CampaignMetrics implements MeterBinder {

	private static final List<String> MESSAGE_STATUSES = List.of("QUEUED", "SENDING", "HELD", "SENT", "DELIVERED", "FAILED",
			"UNCERTAIN", "CANCELLED");

	private final JdbcClient jdbc;

	private final Outbox outbox;

	private final CachedReading<Map<String, Long>> campaigns;

	private final CachedReading<Map<String, Long>> messages;

	CampaignMetrics(JdbcClient jdbc, Outbox outbox, Clock clock) {
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.campaigns = new CachedReading<>(this::readCampaigns, CachedReading.GAUGE_PERIOD, clock);
		this.messages = new CachedReading<>(this::readMessages, CachedReading.GAUGE_PERIOD, clock);
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (CampaignStatus status : CampaignStatus.values()) {
			Gauge.builder("sosafe.campaigns", () -> this.campaigns.get().getOrDefault(status.name(), 0L))
				.tag("status", status.name().toLowerCase(Locale.ROOT)).description("Campaigns by status").register(registry);
		}
		for (String status : MESSAGE_STATUSES) {
			Gauge.builder("sosafe.campaign.messages", () -> this.messages.get().getOrDefault(status, 0L))
				.tag("status", status.toLowerCase(Locale.ROOT))
				.description("Messages of campaigns still going out, by outbox status").register(registry);
		}
	}

	private Map<String, Long> readCampaigns() {
		Map<String, Long> counts = new TreeMap<>();
		this.jdbc.sql("SELECT status, COUNT(*) FROM campaigns GROUP BY status")
			.query((rs, row) -> counts.put(rs.getString(1), rs.getLong(2)))
			.list();
		return counts;
	}

	private Map<String, Long> readMessages() {
		Map<String, Long> counts = new TreeMap<>();
		this.jdbc.sql("SELECT id FROM campaigns WHERE status IN ('SENDING', 'PAUSED', 'QUEUED_ALL')")
			.query(String.class)
			.list()
			.forEach(campaign -> this.outbox.campaignProgress(campaign).forEach((status, count) -> counts.merge(status, count, Long::sum)));
		return counts;
	}
}
