package uk.sosafe.assistant.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the structure of a regular expression's source: its top-level alternatives, where a group closes,
 * whether it sets inline flags. Enough for the phrase lists' shortcuts, which only ever read patterns written
 * in this code base, and give up (leave the pattern to run as it is) wherever a reading is not certain.
 */
public final class RegexSource {

	/** Inline flags ("(?i)") change what a plain string matches. */
	private static final Pattern FLAGS = Pattern.compile("\\(\\?[a-zA-Z-]+[:)]");

	private RegexSource() {
	}

	/** Whether a pattern sets inline flags ("(?i)", "(?x:"), which change what its plain text matches. */
	public static boolean hasFlags(String regex) {
		return FLAGS.matcher(regex).find();
	}

	/** The top-level alternatives of a pattern (split at "|" outside groups and classes). */
	public static List<String> alternatives(String regex) {
		List<String> parts = new ArrayList<>();
		int[] depth = { 0 };
		int[] from = { 0 };
		walk(regex, 0, (i, c) -> {
			if (c == '(') {
				depth[0]++;
			}
			else if (c == ')') {
				depth[0]--;
			}
			else if (depth[0] == 0) {
				parts.add(regex.substring(from[0], i));
				from[0] = i + 1;
			}
			return false;
		});
		parts.add(regex.substring(from[0]));
		return parts;
	}

	/** The index of the ")" closing the group that opens at {@code at}, or -1. */
	public static int closing(String text, int at) {
		int[] depth = { 0 };
		return walk(text, at, (i, c) -> {
			depth[0] += c == '(' ? 1 : c == ')' ? -1 : 0;
			return c == ')' && depth[0] == 0;
		});
	}

	/** Sees one "(", ")" or "|" that is neither escaped nor in a character class; true to stop there. */
	private interface Structure {

		boolean stopAt(int index, char c);
	}

	/** Walks {@code regex} from {@code from}, showing its structure to {@code visitor}; where it stopped, or -1. */
	private static int walk(String regex, int from, Structure visitor) {
		boolean inClass = false;
		for (int i = from; i < regex.length(); i++) {
			char c = regex.charAt(i);
			if (c == '\\') {
				i++;
			}
			else if (inClass) {
				inClass = c != ']';
			}
			else if (c == '[') {
				inClass = true;
			}
			else if ((c == '(' || c == ')' || c == '|') && visitor.stopAt(i, c)) {
				return i;
			}
		}
		return -1;
	}
}
