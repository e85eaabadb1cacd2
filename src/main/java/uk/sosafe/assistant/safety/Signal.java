package uk.sosafe.assistant.safety;

import java.util.regex.Pattern;

import uk.sosafe.assistant.text.PhraseScan;

/**
 * A phrase that points to danger or a disclosure.
 *
 * @param category the disclosure category it points to
 * @param strength how much it says on its own
 * @param phrases what to look for in the normalised text: the phrases, each tried only where it can begin
 * @param required the strings every match holds one of, to skip the pattern for a text without any
 */
record Signal(String category, Strength strength, PhraseScan phrases, RequiredText required) {

	enum Strength {
		/** Danger now on its own: someone is being hurt, has a weapon, is not breathing, intends to die. */
		ACUTE,
		/** Someone named is being harmed: a disclosure even when asked as a question. */
		HARM,
		/** A worrying situation: a disclosure when told, a question when asked. */
		CONCERN
	}

	static Signal of(String category, Strength strength, String regex) {
		return new Signal(category, strength, PhraseScan.compile("\\b", regex, ""), RequiredText.atWordStart(regex));
	}

	/** The plain pattern the phrases stand for. */
	Pattern pattern() {
		return this.phrases.pattern();
	}

	/** False only when the pattern cannot match {@code text}. */
	boolean mayMatch(String text) {
		return this.required.mayMatch(text);
	}
}
