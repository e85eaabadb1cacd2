package uk.sosafe.assistant.system;

import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.boot.json.JsonWriter.Members;
import org.springframework.boot.json.JsonWriter.ValueProcessor;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

/**
 * A safety net for structured (JSON) logs: masks email addresses, phone numbers and long digit runs (chat
 * ids, card or account numbers) in the message and error fields, in case a log line ever carries one. The
 * code should never log personal data; this catches what slips through. Set by
 * {@code logging.structured.json.customizer}.
 */
public class LogRedaction implements StructuredLoggingJsonMembersCustomizer<Object> {

	/** The fields of the ECS, Logstash and GELF formats that carry free text. */
	private static final Set<String> TEXT_FIELDS = Set.of("message", "short_message", "full_message", "error.message",
			"error.stack_trace", "stack_trace", "_error_message", "_error_stack_trace");

	private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");

	/** A phone number however written: nine digits or more, with spaces, dashes, dots or brackets between. */
	private static final Pattern PHONE = Pattern.compile("(?<![\\w.])\\+?\\(?\\d(?:[\\d \\-().]{7,}\\d)");

	private static final Pattern DIGIT_RUN = Pattern.compile("\\d{7,}");

	@Override
	public void customize(Members<Object> members) {
		members.applyingValueProcessor(ValueProcessor.of(String.class, LogRedaction::mask)
			.whenHasPath(path -> TEXT_FIELDS.contains(path.toUnescapedString())));
	}

	/** The text with anything that looks like contact details or an identifying number masked. */
	static String mask(String text) {
		if (text == null) {
			return null;
		}
		String masked = EMAIL.matcher(text).replaceAll("[email]");
		masked = PHONE.matcher(masked).replaceAll(match -> digits(match.group()) >= 9 ? "[number]" : match.group());
		return DIGIT_RUN.matcher(masked).replaceAll("[number]");
	}

	private static long digits(String text) {
		return text.chars().filter(Character::isDigit).count();
	}
}
