package uk.sosafe.assistant.conversation.spi;

import java.util.Optional;

/**
 * Work that staff do from a chat platform (an officer linking their account, claiming a case from a
 * group alert, asking for its details, replying to it). A channel adapter offers each message that
 * could be staff work here before treating it as a resident's; what is not staff work comes back empty.
 */
public interface StaffMessages {

	/** Handles the message if it is staff work; empty when it is not, so the adapter handles it as a resident's. */
	Optional<Handled> take(StaffMessage message);

	/**
	 * A message or button press from someone on a platform.
	 *
	 * @param channel the platform
	 * @param externalId the platform's id for the update, so a redelivery is done once
	 * @param account the sender's platform account (a Telegram user id): never logged
	 * @param text what they wrote, or empty for a press
	 * @param option the pressed button's value, or null
	 * @param quoted the text of the message they replied to, or null
	 * @param privateChat whether it came from their private chat with the assistant (not a group)
	 */
	record StaffMessage(Channel channel, String externalId, String account, String text, String option, String quoted,
			boolean privateChat) {

		public StaffMessage {
			text = text == null ? "" : text;
		}
	}

	/** Staff work done (or refused): {@code notice} is the short line to show at once, such as a button's toast. */
	record Handled(String notice) {
	}
}
