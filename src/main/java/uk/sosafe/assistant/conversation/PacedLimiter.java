package uk.sosafe.assistant.conversation;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

import uk.sosafe.assistant.conversation.spi.ChannelGateway.SendRates;

/**
 * Token buckets without bursts, so sends are evenly spaced and no one-second window holds more than the
 * rate: one for the channel overall, one per resident, and a pause the platform can impose. Kept in
 * memory; with several instances the overall rate is shared between the live ones (each sends at
 * rate / instances), so together they keep to the platform's limit. A resident's messages are sent by
 * one instance at a time (the outbox claim), so the per-resident rate needs no sharing.
 */
final class PacedLimiter implements SendLimiter {

	private static final long NANOS_PER_SECOND = 1_000_000_000L;

	/** Forget per-resident buckets this long after their last send, so the map stays small. */
	private static final long IDLE_NANOS = 60 * NANOS_PER_SECOND;

	private final LongSupplier nanoTime;

	private final Bucket overall;

	private final double perResidentPerSecond;

	private final Map<String, Bucket> residents = new HashMap<>();

	private long pausedUntil;

	private long lastSweep;

	private final double overallPerSecond;

	private final IntSupplier instances;

	private int sharedBy = 1;

	PacedLimiter(SendRates rates, LongSupplier nanoTime) {
		this(rates, nanoTime, () -> 1);
	}

	PacedLimiter(SendRates rates, LongSupplier nanoTime, IntSupplier instances) {
		this.nanoTime = nanoTime;
		this.instances = instances;
		this.overallPerSecond = rates.overallPerSecond();
		long now = nanoTime.getAsLong();
		this.overall = rates.overallPerSecond() > 0
				? new Bucket(rates.overallPerSecond(), 1, now) : null;
		this.perResidentPerSecond = rates.perResidentPerSecond();
		this.pausedUntil = now;
		this.lastSweep = now;
	}

	@Override
	public synchronized Duration tryAcquire(String resident) {
		long now = this.nanoTime.getAsLong();
		long wait = Math.max(0, this.pausedUntil - now);
		Bucket own = null;
		if (this.perResidentPerSecond > 0) {
			sweep(now);
			own = this.residents.computeIfAbsent(resident, key -> new Bucket(this.perResidentPerSecond, 1, now));
			wait = Math.max(wait, own.waitFor(now));
		}
		if (this.overall != null) {
			share(now);
			wait = Math.max(wait, this.overall.waitFor(now));
		}
		if (wait > 0) {
			return Duration.ofNanos(wait);
		}
		if (own != null) {
			own.take();
		}
		if (this.overall != null) {
			this.overall.take();
		}
		return Duration.ZERO;
	}

	@Override
	public synchronized void pause(Duration duration) {
		this.pausedUntil = Math.max(this.pausedUntil, this.nanoTime.getAsLong() + duration.toNanos());
	}

	/** Follows the number of live instances: this one's part of the overall rate. */
	private void share(long now) {
		int live = Math.max(1, this.instances.getAsInt());
		if (live != this.sharedBy) {
			this.overall.waitFor(now);
			this.overall.rate(this.overallPerSecond / live);
			this.sharedBy = live;
		}
	}

	private void sweep(long now) {
		if (now - this.lastSweep < IDLE_NANOS) {
			return;
		}
		this.lastSweep = now;
		this.residents.values().removeIf(bucket -> now - bucket.updated > IDLE_NANOS);
	}

	/** A token bucket refilled continuously. */
	private static final class Bucket {

		private double perNano;

		private final double capacity;

		private double tokens;

		private long updated;

		Bucket(double perSecond, double capacity, long now) {
			this.perNano = perSecond / NANOS_PER_SECOND;
			this.capacity = capacity;
			this.tokens = capacity;
			this.updated = now;
		}

		/** Refills to now; zero when a token is there, else nanoseconds until one is. */
		long waitFor(long now) {
			this.tokens = Math.min(this.capacity, this.tokens + (now - this.updated) * this.perNano);
			this.updated = now;
			return this.tokens >= 1 ? 0 : (long) Math.ceil((1 - this.tokens) / this.perNano);
		}

		void rate(double perSecond) {
			this.perNano = perSecond / NANOS_PER_SECOND;
		}

		void take() {
			this.tokens -= 1;
		}
	}
}
