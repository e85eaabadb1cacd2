package uk.sosafe.assistant.conversation;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import uk.sosafe.assistant.conversation.spi.ChannelGateway.SendRates;

import static org.assertj.core.api.Assertions.assertThat;

class PacedLimiterTest {

	private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

	@Test
	void oneChatGetsOneMessageASecondWhileOthersGoAhead() {
		PacedLimiter limiter = new PacedLimiter(new SendRates(30, 1), this.nanos::get);

		assertThat(limiter.tryAcquire("a")).isZero();
		Duration wait = limiter.tryAcquire("a");
		assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1));
		this.nanos.addAndGet(Duration.ofMillis(40).toNanos());
		assertThat(limiter.tryAcquire("b")).as("another chat goes ahead").isZero();

		this.nanos.addAndGet(wait.toNanos());
		assertThat(limiter.tryAcquire("a")).isZero();
	}

	@Test
	void liveInstancesShareTheOverallRateAndTakeItBackWhenOneGoes() {
		AtomicInteger instances = new AtomicInteger(2);
		PacedLimiter limiter = new PacedLimiter(new SendRates(30, 0), this.nanos::get, instances::get);

		assertThat(sentInOneSecond(limiter)).as("half of 30 a second with two instances").isBetween(15, 16);

		instances.set(1);
		assertThat(sentInOneSecond(limiter)).as("all of it once the other has gone").isBetween(30, 31);
	}

	private int sentInOneSecond(PacedLimiter limiter) {
		int sent = 0;
		long end = this.nanos.get() + Duration.ofSeconds(1).toNanos();
		while (this.nanos.get() < end) {
			if (limiter.tryAcquire("r" + sent).isZero()) {
				sent++;
			}
			this.nanos.addAndGet(Duration.ofMillis(1).toNanos());
		}
		return sent;
	}

	@Test
	void theOverallRateSpacesSendsEvenlyWithNoBurst() {
		PacedLimiter limiter = new PacedLimiter(new SendRates(30, 0), this.nanos::get);
		int sent = 0;
		long end = this.nanos.get() + Duration.ofSeconds(1).toNanos();
		while (this.nanos.get() < end) {
			if (limiter.tryAcquire("r" + sent).isZero()) {
				sent++;
			}
			this.nanos.addAndGet(Duration.ofMillis(1).toNanos());
		}

		assertThat(sent).isBetween(30, 31);
		assertThat(limiter.tryAcquire("next")).isPositive().isLessThanOrEqualTo(Duration.ofMillis(34));
	}

	@Test
	void aWaitingResidentDoesNotUseUpTheOverallRate() {
		PacedLimiter limiter = new PacedLimiter(new SendRates(1, 1), this.nanos::get);

		assertThat(limiter.tryAcquire("a")).isZero();
		this.nanos.addAndGet(Duration.ofMillis(500).toNanos());
		assertThat(limiter.tryAcquire("a")).isPositive();
		this.nanos.addAndGet(Duration.ofMillis(500).toNanos());
		assertThat(limiter.tryAcquire("b")).as("the refused try took nothing").isZero();
	}

	@Test
	void aPlatformPauseHoldsEveryone() {
		PacedLimiter limiter = new PacedLimiter(SendRates.UNLIMITED, this.nanos::get);

		limiter.pause(Duration.ofSeconds(7));

		assertThat(limiter.tryAcquire("a")).isEqualTo(Duration.ofSeconds(7));
		this.nanos.addAndGet(Duration.ofSeconds(7).toNanos());
		assertThat(limiter.tryAcquire("a")).isZero();
	}
}
