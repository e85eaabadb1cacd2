package uk.sosafe.assistant.conversation.spi;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a channel adapter last heard from its platform: whether the last call got through, when, and
 * (if not) what kind of failure, free of personal data. Shown in the health details of the channel,
 * never in the root health status: the assistant serves the web chat whatever Telegram or Twilio do.
 */
public final class PlatformReachability {

	private final Clock clock;

	private Instant lastSuccess;

	private Instant lastFailure;

	private String lastFailureKind;

	public PlatformReachability(Clock clock) {
		this.clock = clock;
	}

	public synchronized void reached() {
		this.lastSuccess = this.clock.instant();
	}

	public synchronized void failed(String kind) {
		this.lastFailure = this.clock.instant();
		this.lastFailureKind = kind;
	}

	/** Whether the last call got through (or none was made yet). */
	public synchronized boolean reachable() {
		return this.lastFailure == null || (this.lastSuccess != null && this.lastSuccess.isAfter(this.lastFailure));
	}

	public synchronized Map<String, Object> details() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("reachable", reachable());
		if (this.lastSuccess != null) {
			details.put("lastSuccess", this.lastSuccess.toString());
		}
		if (this.lastFailure != null) {
			details.put("lastFailure", this.lastFailure.toString());
			details.put("lastFailureKind", this.lastFailureKind);
		}
		return details;
	}
}
