package uk.sosafe.assistant.conversation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.sosafe.assistant.conversation.spi.CachedReading;
import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.Lane;
import uk.sosafe.assistant.conversation.spi.Turn;

/**
 * What the conversation module tells operators: messages in and out by channel, how turns were handled
 * (answers against fallbacks gives the unanswered rate), how sure answers were, the outbox's depth and
 * oldest waiting message by lane, and SMS segments and spend today. Tags are channels, lanes and fixed
 * words only: never anything about a resident.
 */
@Component
class ConversationMetrics implements MeterBinder {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final double segmentPrice;

	private final CachedReading<Map<Lane, Waiting>> outbox;

	private final CachedReading<Long> segmentsToday;

	private MeterRegistry registry;

	private DistributionSummary confidence;

	ConversationMetrics(JdbcClient jdbc, Clock clock, @Value("${sosafe.metrics.sms-segment-price:0.04}") double segmentPrice) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.segmentPrice = segmentPrice;
		this.outbox = new CachedReading<>(this::readOutbox, CachedReading.GAUGE_PERIOD, clock);
		this.segmentsToday = new CachedReading<>(this::readSegmentsToday, CachedReading.GAUGE_PERIOD, clock);
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		this.registry = registry;
		this.confidence = DistributionSummary.builder("sosafe.answer.confidence")
			.description("How sure the search was of each answer given (0 to 1)")
			.serviceLevelObjectives(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)
			.register(registry);
		for (Lane lane : Lane.values()) {
			String name = lane.name().toLowerCase(Locale.ROOT);
			Gauge.builder("sosafe.outbox.depth", () -> this.outbox.get().get(lane).count()).tag("lane", name)
				.description("Outbound messages waiting to be sent").register(registry);
			Gauge.builder("sosafe.outbox.oldest.age", () -> this.outbox.get().get(lane).oldestAgeSeconds()).tag("lane", name)
				.baseUnit("seconds").description("How long the oldest waiting message has waited").register(registry);
		}
		Gauge.builder("sosafe.sms.segments.today", this.segmentsToday::get)
			.description("SMS segments sent today (Europe/London)").register(registry);
		Gauge.builder("sosafe.sms.spend.today", () -> this.segmentsToday.get() * this.segmentPrice)
			.description("Estimated SMS spend today, segments times sosafe.metrics.sms-segment-price").register(registry);
	}

	void received(Channel channel) {
		count("sosafe.messages.in", "channel", channel.name().toLowerCase(Locale.ROOT));
	}

	/** A turn the engine decided; a web chat's replies leave at once, the others through the outbox. */
	void handled(Channel channel, Turn turn) {
		count("sosafe.turns", "handled_as", turn.handledAs().wireName());
		if (channel == Channel.WEB && !turn.replies().isEmpty()) {
			sent(Channel.WEB, Lane.REPLY);
		}
	}

	void answered(double confidence) {
		if (this.confidence != null) {
			this.confidence.record(confidence);
		}
	}

	void sent(Channel channel, Lane lane) {
		if (this.registry != null) {
			Counter.builder("sosafe.messages.out").tag("channel", channel.name().toLowerCase(Locale.ROOT))
				.tag("lane", lane.name().toLowerCase(Locale.ROOT)).register(this.registry).increment();
		}
	}

	private void count(String name, String tag, String value) {
		if (this.registry != null) {
			this.registry.counter(name, tag, value).increment();
		}
	}

	private Map<Lane, Waiting> readOutbox() {
		Map<Lane, Waiting> waiting = new EnumMap<>(Lane.class);
		for (Lane lane : Lane.values()) {
			waiting.put(lane, new Waiting(0, 0));
		}
		long now = this.clock.millis();
		this.jdbc.sql("""
				SELECT lane, COUNT(*), MIN(created_at) FROM outbox WHERE status IN ('QUEUED', 'SENDING') GROUP BY lane""")
			.query((rs, row) -> waiting.put(Lane.values()[rs.getInt(1)],
					new Waiting(rs.getLong(2), Math.max(0, (now - rs.getLong(3)) / 1000.0))))
			.list();
		return waiting;
	}

	private long readSegmentsToday() {
		String today = LocalDate.now(this.clock.withZone(DailyUsage.LONDON)).toString();
		return this.jdbc.sql("SELECT COALESCE(SUM(units), 0) FROM send_usage WHERE day = :day AND channel = 'SMS' AND scope = '*'")
			.param("day", today).query(Long.class).single();
	}

	/** Messages waiting in one lane, and the age of the oldest. */
	record Waiting(long count, double oldestAgeSeconds) {
	}
}
