package uk.sosafe.assistant.safety;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A message made ready for matching: lower case, accents folded, curly quotes straightened, common
 * text-speak written out, letters repeated for emphasis ("helppp") shortened, spaces collapsed.
 */
final class SafetyText {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern REPEATS = Pattern.compile("([a-z])\\1{2,}");

	private static final String[][] TEXT_SPEAK_SOURCE = { { "\\bu\\b", "you" }, { "\\bur\\b", "your" }, { "\\br\\b", "are" },
			{ "\\bpls\\b|\\bplz\\b", "please" }, { "\\bbf\\b", "boyfriend" }, { "\\bgf\\b", "girlfriend" },
			{ "\\bhes\\b", "he's" }, { "\\bshes\\b", "she's" }, { "\\bim\\b", "i'm" }, { "\\bive\\b", "i've" },
			{ "\\bcant\\b", "can't" }, { "\\bwont\\b", "won't" }, { "\\bdont\\b", "don't" }, { "\\bdoesnt\\b", "doesn't" },
			{ "\\bisnt\\b", "isn't" }, { "\\btheyre\\b", "they're" }, { "\\btheres\\b", "there's" },
			{ "\\bhasnt\\b", "hasn't" }, { "\\bdidnt\\b", "didn't" }, { "\\brn\\b", "right now" }, { "\\brite\\b", "right" },
			{ "\\bcos\\b|\\bcoz\\b|\\bcuz\\b", "because" }, { "\\bsum1\\b|\\bsome1\\b", "someone" }, { "\\bmum'?s\\b", "mum's" },
			{ "\\bmom\\b|\\bmam\\b", "mum" }, { "\\b2\\b(?= (me|him|her|them|us|the|my|leave|go|do|kill|hurt))", "to" },
			{ "\\bwiv\\b", "with" }, { "\\bnite\\b", "night" }, { "\\btonite\\b|\\b2nite\\b|\\b2night\\b", "tonight" }, { "\\btheyll\\b", "they'll" },
			{ "\\bhell\\b(?= (?:hear|see|find|kill|hurt|know))", "he'll" }, { "\\bshell\\b(?= (?:hear|see|find|kill|hurt|know))", "she'll" }, { "\\bppl\\b", "people" }, { "\\bwot\\b|\\bwat\\b", "what" }, { "\\bthru\\b", "through" },
			// the g dropped from words that tell of danger: "bleedin", "comin", "waitin"
			{ "\\b(bleed|com|runn|mess|wait|ring|say|ask|hitt|kick|stabb|chas|follow|scream|cry|shout|try|go|do|gett|breath|dy|"
					+ "sitt|stand|watch|messag|text|call|look|tak|mak|leav|ly|fight|smash|bang|dragg|pull|climb|break|burn|cutt|"
					+ "touch|grabb|hold|threaten|kill|hurt|beat|punch|slapp|chok|strangl|lock|trapp|send|start|shak|fitt|sleep)in\\b",
					"$1ing" } };

	/** A rewrite, and the text it needs to find before it is worth running (most messages need few). */
	private record Rewrite(Pattern pattern, String replacement, RequiredText required) {
	}

	private static final java.util.List<Rewrite> TEXT_SPEAK = java.util.Arrays.stream(TEXT_SPEAK_SOURCE)
		.map(pair -> new Rewrite(Pattern.compile(pair[0]), pair[1], RequiredText.of(pair[0])))
		.toList();

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private SafetyText() {
	}

	/** The text-speak patterns (for tests of the shortcut that skips them). */
	static java.util.List<Pattern> rewrites() {
		return TEXT_SPEAK.stream().map(Rewrite::pattern).toList();
	}

	static String normalise(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKD);
		folded = MARKS.matcher(folded).replaceAll("").toLowerCase(Locale.ROOT);
		folded = folded.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"').replace('\u201D', '"');
		folded = REPEATS.matcher(folded).replaceAll("$1$1");
		for (Rewrite rewrite : TEXT_SPEAK) {
			if (rewrite.required().mayMatch(folded)) {
				folded = rewrite.pattern().matcher(folded).replaceAll(rewrite.replacement());
			}
		}
		return SPACES.matcher(folded).replaceAll(" ").strip();
	}
}
