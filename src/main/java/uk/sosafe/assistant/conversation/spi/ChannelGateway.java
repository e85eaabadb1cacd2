package uk.sosafe.assistant.conversation.spi;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Sends replies on one channel. Implemented by each channel adapter that pushes messages. The replies
 * to one inbound message are rendered into as few platform messages ("parts") as fit; the outbox sends
 * them one part at a time, under the channel's rates, and resumes after the last part accepted.
 */
public interface ChannelGateway {

	Channel channel();

	/** How many platform messages these replies take on this channel. */
	default int parts(List<Reply> replies) {
		return 1;
	}

	/** Sends one part (counting from 0) of the replies to an address on this channel. */
	SendResult send(String address, List<Reply> replies, int part);

	/** What one part costs against a daily cap (SMS segments); 1 unless the channel counts otherwise. */
	default int units(List<Reply> replies, int part) {
		return 1;
	}

	/** How fast this channel may be sent to. */
	default SendRates rates() {
		return SendRates.UNLIMITED;
	}

	/** The daily spending cap of this channel, if it has one. */
	default Optional<DailyCap> dailyCap() {
		return Optional.empty();
	}

	/**
	 * Messages per second a channel accepts: overall, and per resident (one chat or number).
	 * Zero means no limit.
	 */
	record SendRates(double overallPerSecond, double perResidentPerSecond) {

		public static final SendRates UNLIMITED = new SendRates(0, 0);
	}

	/**
	 * Units (SMS segments) a channel may spend in one day (Europe/London), per resident and overall:
	 * a guard against SMS pumping. Safety replies are counted but never held back.
	 */
	record DailyCap(int perResident, int overall) {
	}

	/**
	 * The outcome of one send.
	 *
	 * @param status what the platform said
	 * @param platformId the platform's message id when accepted
	 * @param detail a reason, free of personal data
	 * @param retryAfter how long the platform asked us to wait, when throttled
	 */
	record SendResult(Status status, String platformId, String detail, Duration retryAfter) {

		public SendResult {
			Objects.requireNonNull(status, "status");
		}

		public SendResult(Status status, String platformId, String detail) {
			this(status, platformId, detail, null);
		}

		public static SendResult accepted(String platformId) {
			return new SendResult(Status.ACCEPTED, platformId, null);
		}

		public static SendResult retry(String detail) {
			return new SendResult(Status.RETRY, null, detail);
		}

		public static SendResult throttled(Duration retryAfter) {
			return new SendResult(Status.THROTTLED, null, "rate limited by the platform", retryAfter);
		}

		public static SendResult failed(String detail) {
			return new SendResult(Status.FAILED, null, detail);
		}

		public static SendResult unreachable(String detail) {
			return new SendResult(Status.UNREACHABLE, null, detail);
		}

		public enum Status {
			/** Accepted by the platform. */
			ACCEPTED,
			/** A network or server error: try again later, with backoff. */
			RETRY,
			/** The platform asked us to slow down: wait {@code retryAfter}, without counting an attempt. */
			THROTTLED,
			/** Will never work (a bad request): give up with the reason. */
			FAILED,
			/** The resident blocked us or opted out with their carrier: stop sending to them. */
			UNREACHABLE
		}
	}
}
