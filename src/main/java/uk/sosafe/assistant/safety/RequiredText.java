package uk.sosafe.assistant.safety;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import uk.sosafe.assistant.text.RegexSource;

/**
 * A cheap test that rules a phrase pattern out before the regular expression runs: every match of the
 * pattern contains one of a few fixed strings (for each alternative, the longest plain text it must
 * hold, or the strings it must begin with), so a text containing none of them cannot match. Read from
 * the pattern's own source, conservatively: where that cannot be done safely (flags, or an alternative
 * with no fixed text at all), there is no shortcut and the pattern always runs.
 */
final class RequiredText {

	private final List<Need> needs;

	private RequiredText(List<Need> needs) {
		this.needs = needs;
	}

	/** One of the strings a match holds; a start of the match if {@code wordStart} (a word begins there). */
	record Need(String text, boolean wordStart) {
	}

	/** What every match of {@code regex} holds, or nothing (always run) where it cannot be read safely. */
	static RequiredText of(String regex) {
		return of(regex, false);
	}

	/**
	 * As {@link #of}, for a pattern used behind a word boundary ({@code \\b(?:regex)}): a start that begins
	 * with a letter or digit then counts only where a word begins ("he" in "he hit me", not in "the").
	 */
	static RequiredText atWordStart(String regex) {
		return of(regex, true);
	}

	private static RequiredText of(String regex, boolean wordStart) {
		return new RequiredText(RegexSource.hasFlags(regex) ? List.of() : needs(regex, wordStart).orElse(List.of()));
	}

	/** False only when the pattern cannot match {@code text}. */
	boolean mayMatch(String text) {
		if (this.needs.isEmpty()) {
			return true;
		}
		for (Need need : this.needs) {
			if (need.wordStart() && isWord(need.text().charAt(0)) ? startsAWord(text, need.text()) : text.contains(need.text())) {
				return true;
			}
		}
		return false;
	}

	List<String> strings() {
		return this.needs.stream().map(Need::text).toList();
	}

	private static boolean startsAWord(String text, String start) {
		for (int at = text.indexOf(start); at >= 0; at = text.indexOf(start, at + 1)) {
			if (at == 0 || !isWord(text.charAt(at - 1))) {
				return true;
			}
		}
		return false;
	}

	/** A word character as {@code \\b} sees it (a surrogate counts as not one, so a match is never wrongly ruled out). */
	private static boolean isWord(char c) {
		return c == '_' || Character.isLetterOrDigit(c);
	}

	/** For each alternative, what it must hold; empty when some alternative holds nothing fixed. */
	private static Optional<List<Need>> needs(String regex, boolean wordStart) {
		List<Need> all = new ArrayList<>();
		for (String alternative : RegexSource.alternatives(regex)) {
			Optional<List<Need>> needs = best(alternative, wordStart);
			if (needs.isEmpty()) {
				return Optional.empty();
			}
			all.addAll(needs.get());
		}
		return all.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(all));
	}

	/**
	 * The best of what a sequence must hold: the strings it must start with, or a run of plain text or a
	 * group it cannot match without; best is the choice whose shortest string is longest.
	 */
	private static Optional<List<Need>> best(String sequence, boolean wordStart) {
		List<List<Need>> choices = new ArrayList<>();
		starts(sequence, wordStart).ifPresent(choices::add);
		choices.addAll(requiredParts(sequence));
		// on a tie the first choice stays: the start, which is also checked to begin a word
		return choices.stream().max(Comparator.comparingInt(RequiredText::shortest));
	}

	private static int shortest(List<Need> needs) {
		return needs.stream().mapToInt(need -> need.text().length()).min().orElse(0);
	}

	private static Optional<List<Need>> starts(String sequence, boolean wordStart) {
		String rest = sequence;
		boolean boundary = wordStart;
		while (rest.startsWith("\\b") || rest.startsWith("^")) {
			boundary |= rest.startsWith("\\b");
			rest = rest.substring(rest.startsWith("^") ? 1 : 2);
		}
		if (rest.startsWith("(?:") || (rest.startsWith("(") && !rest.startsWith("(?"))) {
			return startsOfGroup(rest, boundary);
		}
		int end = 0;
		while (end < rest.length() && "\\()[]{}.*+?^$|".indexOf(rest.charAt(end)) < 0) {
			end++;
		}
		end = withoutQuantified(rest, end);
		return end <= 0 ? Optional.empty() : Optional.of(List.of(new Need(rest.substring(0, end), boundary)));
	}

	/**
	 * A sequence that opens with a group: what the group holds, and where the group may be left out
	 * ("(?:is )?not responding"), what the rest holds too.
	 */
	private static Optional<List<Need>> startsOfGroup(String sequence, boolean wordStart) {
		int close = RegexSource.closing(sequence, 0);
		if (close < 0) {
			return Optional.empty();
		}
		Optional<List<Need>> inside = needs(sequence.substring(sequence.startsWith("(?:") ? 3 : 1, close), wordStart);
		String after = sequence.substring(close + 1);
		if (after.isEmpty() || "?*+{".indexOf(after.charAt(0)) < 0) {
			return inside;
		}
		boolean optional = after.charAt(0) == '?' || after.charAt(0) == '*';
		boolean plain = after.length() == 1 || "?+".indexOf(after.charAt(1)) < 0;
		if (!optional || !plain || inside.isEmpty()) {
			return Optional.empty();
		}
		Optional<List<Need>> without = best(after.substring(1), wordStart);
		if (without.isEmpty()) {
			return Optional.empty();
		}
		List<Need> both = new ArrayList<>(inside.get());
		both.addAll(without.get());
		return Optional.of(both);
	}

	/**
	 * The parts of a sequence that every match of it holds: each run of plain characters outside any
	 * group or class and not under a quantifier, and what each plain group not under a quantifier holds.
	 */
	private static List<List<Need>> requiredParts(String sequence) {
		List<List<Need>> parts = new ArrayList<>();
		int from = 0;
		int i = 0;
		while (i <= sequence.length()) {
			char c = i < sequence.length() ? sequence.charAt(i) : '|';
			if ("\\()[]{}.*+?^$|".indexOf(c) < 0) {
				i++;
				continue;
			}
			int end = withoutQuantified(sequence, i);
			if (end > from) {
				parts.add(List.of(new Need(sequence.substring(from, end), false)));
			}
			if (i == sequence.length()) {
				break;
			}
			int next = skipAtom(sequence, i);
			int close = c == '(' ? RegexSource.closing(sequence, i) : -1;
			boolean plainGroup = close > 0 && next == close + 1 && (sequence.startsWith("(?:", i) || !sequence.startsWith("(?", i));
			if (plainGroup) {
				needs(sequence.substring(sequence.startsWith("(?:", i) ? i + 3 : i + 1, close), false).ifPresent(parts::add);
			}
			i = next;
			from = i;
		}
		return parts;
	}

	/** Where the run ending at {@code end} really ends: a character a quantifier follows is not sure to be there. */
	private static int withoutQuantified(String text, int end) {
		if (end < text.length() && "?*+{".indexOf(text.charAt(end)) >= 0 && end > 0) {
			end--;
			if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
				end--;
			}
		}
		return end;
	}

	/** The index after the atom (and its quantifier) that starts at {@code at}, which is not plain text. */
	private static int skipAtom(String text, int at) {
		int next = switch (text.charAt(at)) {
			case '\\' -> at + 2;
			case '(' -> RegexSource.closing(text, at) < 0 ? text.length() : RegexSource.closing(text, at) + 1;
			case '[' -> classEnd(text, at);
			case '{' -> text.indexOf('}', at) < 0 ? text.length() : text.indexOf('}', at) + 1;
			default -> at + 1;
		};
		while (next < text.length() && "?*+{".indexOf(text.charAt(next)) >= 0) {
			next = text.charAt(next) == '{' ? (text.indexOf('}', next) < 0 ? text.length() : text.indexOf('}', next) + 1) : next + 1;
		}
		return Math.min(next, text.length());
	}

	private static int classEnd(String text, int at) {
		for (int i = at + 1; i < text.length(); i++) {
			if (text.charAt(i) == '\\') {
				i++;
			}
			else if (text.charAt(i) == ']') {
				return i + 1;
			}
		}
		return text.length();
	}
}
