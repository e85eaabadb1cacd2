package uk.sosafe.assistant.conversation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Recognises the few words that are commands, in plain and slash forms ("help", "/help", "Help!"). */
enum CommandWords {

	GREETING, MENU, ABOUT, FORGET, PAUSE, SKIP, STOP, EXIT;

	private static final Map<String, CommandWords> WORDS = Map.ofEntries(Map.entry("hi", GREETING),
			Map.entry("hello", GREETING), Map.entry("hey", GREETING), Map.entry("hiya", GREETING),
			Map.entry("start", GREETING), Map.entry("good morning", GREETING), Map.entry("good afternoon", GREETING),
			Map.entry("good evening", GREETING), Map.entry("help", MENU), Map.entry("menu", MENU),
			Map.entry("topics", MENU), Map.entry("about", ABOUT), Map.entry("privacy", ABOUT),
			Map.entry("forget", FORGET), Map.entry("forget me", FORGET), Map.entry("delete my data", FORGET),
			Map.entry("pause", PAUSE), Map.entry("skip", SKIP), Map.entry("stop", STOP), Map.entry("exit", EXIT));

	/** The command a message is, if it is nothing but a command word. */
	static Optional<CommandWords> of(String text) {
		return Optional.ofNullable(WORDS.get(normalise(text)));
	}

	static String normalise(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
		if (folded.startsWith("/")) {
			folded = folded.substring(1);
			int space = folded.indexOf(' ');
			folded = space < 0 ? folded : folded.substring(0, space);
			int at = folded.indexOf('@');
			folded = at < 0 ? folded : folded.substring(0, at);
		}
		return folded.replaceAll("[\\p{Punct}\\s]+$", "").replaceAll("\\s+", " ");
	}
}
