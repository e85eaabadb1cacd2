package uk.sosafe.assistant.conversation.spi;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * A reading taken at most once per period, for gauges that query the database: however often metrics are
 * scraped, the query runs no more than that. Thread-safe; a failed reading is retried at the next call.
 */
public final class CachedReading<T> implements Supplier<T> {

	/** How long a gauge's reading is reused. */
	public static final Duration GAUGE_PERIOD = Duration.ofSeconds(10);

	private final Supplier<T> reader;

	private final Duration period;

	private final Clock clock;

	private T value;

	private long takenAt;

	public CachedReading(Supplier<T> reader, Duration period, Clock clock) {
		this.reader = reader;
		this.period = period;
		this.clock = clock;
	}

	@Override
	public synchronized T get() {
		long now = this.clock.millis();
		if (this.value == null || now - this.takenAt >= this.period.toMillis()) {
			this.value = this.reader.get();
			this.takenAt = now;
		}
		return this.value;
	}
}
