package uk.sosafe.assistant.conversation.spi;

import java.util.List;

/** Sends replies on one channel. Implemented by each channel adapter that pushes messages. */
public interface ChannelGateway {

	Channel channel();

	/** Sends replies to an address on this channel, rendered the channel's way. */
	SendResult send(String address, List<Reply> replies);

	/**
	 * The outcome of one send.
	 *
	 * @param status accepted by the platform, to retry later, or failed for good
	 * @param platformId the platform's message id when accepted
	 * @param detail a reason, free of personal data
	 */
	record SendResult(Status status, String platformId, String detail) {

		public enum Status {
			ACCEPTED, RETRY, FAILED
		}
	}
}
