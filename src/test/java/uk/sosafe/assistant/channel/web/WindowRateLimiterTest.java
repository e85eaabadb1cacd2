package uk.sosafe.assistant.channel.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

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
		clock.now = start.plus(Duration.ofMinutes(1));
		assertThat(limiter.tryAcquire("a")).isTrue();
	}

	static final class MutableClock extends Clock {

		Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}
	}
}
