package uk.sosafe.assistant.channel.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import uk.sosafe.assistant.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

class WindowRateLimiterTest {

	@Test
	void noLimitMeansEveryRequestPasses() {
		WindowRateLimiter limiter = new WindowRateLimiter(null, Clock.systemUTC());

		for (int i = 0; i < 1000; i++) {
			assertThat(limiter.tryAcquire("key")).isTrue();
		}
	}

	@Test
	void aLimitHoldsPerKeyAndResetsNextMinute() {
		Instant start = Instant.parse("2026-11-26T10:00:00Z");
		MutableClock clock = new MutableClock(start);
		WindowRateLimiter limiter = new WindowRateLimiter(2, clock);

		assertThat(limiter.tryAcquire("a")).isTrue();
		assertThat(limiter.tryAcquire("a")).isTrue();
		assertThat(limiter.tryAcquire("a")).isFalse();
		assertThat(limiter.tryAcquire("b")).isTrue();
		clock.set(start.plus(Duration.ofMinutes(1)));
		assertThat(limiter.tryAcquire("a")).isTrue();
	}
}
