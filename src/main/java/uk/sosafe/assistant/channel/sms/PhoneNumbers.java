package uk.sosafe.assistant.channel.sms;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

/** Phone numbers in one form (E.164), so one person is one resident however a number is written. */
final class PhoneNumbers {

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	private PhoneNumbers() {
	}

	/** The number in E.164, or empty when it is not a possible phone number. */
	static Optional<String> e164(String raw, String defaultRegion) {
		if (raw == null || raw.isBlank() || raw.length() > 40) {
			return Optional.empty();
		}
		try {
			var number = UTIL.parse(raw.strip(), defaultRegion);
			return UTIL.isPossibleNumber(number)
					? Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164)) : Optional.empty();
		}
		catch (NumberParseException ex) {
			return Optional.empty();
		}
	}
}
