package uk.sosafe.assistant.channel.web;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Allows at most a number of events per key in each one-minute window; unlimited when no limit is set. */
final class WindowRateLimiter {

	private static final long WINDOW_MILLIS = 60_000;

	private record Window(long start, int count) {
	}

	private final Integer limit;

	private final Clock clock;

	private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

	WindowRateLimiter(Integer limit, Clock clock) {
		this.limit = limit;
		this.clock = clock;
	}

	boolean tryAcquire(String key) {
		if (this.limit == null) {
			return true;
		}
		long now = this.clock.millis();
		long start = now - now % WINDOW_MILLIS;
		if (this.windows.size() > 100_000) {
			this.windows.values().removeIf(window -> window.start() < start);
		}
		Window window = this.windows.merge(key, new Window(start, 1),
				(old, fresh) -> old.start() == start ? new Window(start, old.count() + 1) : fresh);
		return window.count() <= this.limit;
	}
}
