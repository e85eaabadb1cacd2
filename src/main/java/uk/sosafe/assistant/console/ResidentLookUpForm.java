package uk.sosafe.assistant.console;

import java.util.Optional;

import uk.sosafe.assistant.conversation.spi.Channel;

/** The look-up form: which channel, and the address the resident wrote from. */
record ResidentLookUpForm(String channel, String address) {

	static ResidentLookUpForm empty() {
		return new ResidentLookUpForm("", "");
	}

	/** The channel named, in any case. */
	static Optional<Channel> channel(String name) {
		if (name == null) {
			return Optional.empty();
		}
		for (Channel channel : Channel.values()) {
			if (channel.name().equalsIgnoreCase(name.strip())) {
				return Optional.of(channel);
			}
		}
		return Optional.empty();
	}

	FormErrors check() {
		FormErrors errors = FormErrors.none();
		if (channel(this.channel).isEmpty()) {
			errors.add("channel", "Choose the channel the resident wrote from");
		}
		if (this.address == null || this.address.isBlank()) {
			errors.add("address", "Enter the phone number, Telegram chat id or web chat session id");
		}
		else if (this.address.length() > 200) {
			errors.add("address", "The address must be 200 characters or fewer");
		}
		return errors;
	}
}
