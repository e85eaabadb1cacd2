package uk.sosafe.assistant.operations;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

import uk.sosafe.assistant.conversation.spi.Channel;

/**
 * An address as staff type it, in the form residents are stored under: a phone number in E.164 (a UK
 * number may be written the local way), a Telegram chat id or web chat session as given.
 */
final class ResidentAddresses {

	private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

	private ResidentAddresses() {
	}

	static String normalise(Channel channel, String address) {
		String typed = address.strip();
		if (channel != Channel.SMS || typed.length() > 40) {
			return typed;
		}
		try {
			return PHONES.format(PHONES.parse(typed, "GB"), PhoneNumberUtil.PhoneNumberFormat.E164);
		}
		catch (NumberParseException ex) {
			return typed;
		}
	}
}
