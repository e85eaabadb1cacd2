package uk.sosafe.assistant.conversation;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import uk.sosafe.assistant.MutableClock;
import uk.sosafe.assistant.conversation.spi.CachedReading;

import static org.assertj.core.api.Assertions.assertThat;

/** A gauge's database reading is reused for its period, however often it is scraped. */
class CachedReadingTest {

	@Test
	void readsAtMostOncePerPeriod() {
		MutableClock clock = new MutableClock(Instant.parse("2026-11-26T12:00:00Z"));
		AtomicInteger reads = new AtomicInteger();
		CachedReading<Integer> reading = new CachedReading<>(reads::incrementAndGet, Duration.ofSeconds(10), clock);

		int first = reading.get();
		clock.advance(Duration.ofSeconds(9));
		int soon = reading.get();
		clock.advance(Duration.ofSeconds(1));
		int later = reading.get();

		assertThat(first).isEqualTo(1);
		assertThat(soon).isEqualTo(1);
		assertThat(later).isEqualTo(2);
	}
}
