package uk.sosafe.assistant.conversation.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * A message from a resident (or from staff, on a staff channel), converted from any platform.
 *
 * @param resident the resident's internal id
 * @param channel where it came from
 * @param externalId the platform's id for deduplication (Telegram update_id, Twilio MessageSid), or a generated one
 * @param text what was typed, possibly empty when an option was chosen
 * @param option the value of an option chosen, or {@code null}
 * @param receivedAt when it arrived
 */
public record InboundMessage(ResidentId resident, Channel channel, String externalId, String text, String option,
		Instant receivedAt) {

	public InboundMessage {
		Objects.requireNonNull(resident, "resident");
		Objects.requireNonNull(channel, "channel");
		text = text == null ? "" : text;
	}

	public boolean isOption() {
		return this.option != null;
	}

	/** What the resident said or chose, for matching words and commands. */
	public String content() {
		return isOption() ? this.option : this.text;
	}
}
