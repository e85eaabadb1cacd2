package uk.sosafe.assistant.conversation;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The carrier keywords of SMS, matched the way carriers and Twilio match them: the whole message, one
 * word, any case, stray spaces and punctuation ignored. Opt-in words only mean "opt in" to a number that
 * opted out: "yes" is otherwise an ordinary answer.
 */
enum SmsKeywords {

	OPT_OUT, OPT_IN, HELP;

	private static final Set<String> OPT_OUT_WORDS = Set.of("stop", "stopall", "unsubscribe", "cancel", "end", "quit",
			"revoke", "optout");

	private static final Set<String> OPT_IN_WORDS = Set.of("start", "yes", "unstop");

	private static final Set<String> HELP_WORDS = Set.of("help", "info");

	static Optional<SmsKeywords> of(String text) {
		String word = text.strip().replaceAll("[\\p{Punct}\\s]+$", "").replaceAll("^[\\p{Punct}\\s]+", "")
			.toLowerCase(Locale.ROOT);
		if (OPT_OUT_WORDS.contains(word)) {
			return Optional.of(OPT_OUT);
		}
		if (OPT_IN_WORDS.contains(word)) {
			return Optional.of(OPT_IN);
		}
		return HELP_WORDS.contains(word) ? Optional.of(HELP) : Optional.empty();
	}
}
