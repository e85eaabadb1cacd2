package uk.sosafe.assistant.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A cheap test that rules a phrase pattern out before the regular expression runs: every way the
 * pattern can match begins with one of a few fixed strings, so a text containing none of them cannot
 * match. Read from the pattern's own source, conservatively: where the start is not a plain string
 * (a class, a look-around, an optional part), there is no shortcut and the pattern always runs.
 */
final class LeadingWords {

	private static final LeadingWords ANY = new LeadingWords(List.of());

	private final List<String> starts;

	private LeadingWords(List<String> starts) {
		this.starts = starts;
	}

	/** The leading strings of {@code regex}, or none (always run) where they cannot be read safely. */
	static LeadingWords of(String regex) {
		return starts(regex).map(LeadingWords::new).orElse(ANY);
	}

	/** False only when the pattern cannot match {@code text}. */
	boolean mayMatch(String text) {
		if (this.starts.isEmpty()) {
			return true;
		}
		for (String start : this.starts) {
			if (text.contains(start)) {
				return true;
			}
		}
		return false;
	}

	List<String> starts() {
		return this.starts;
	}

	/** The strings that every match of {@code regex} begins with; empty when unknown. */
	private static Optional<List<String>> starts(String regex) {
		List<String> all = new ArrayList<>();
		for (String alternative : alternatives(regex)) {
			Optional<List<String>> starts = startsOfSequence(alternative);
			if (starts.isEmpty()) {
				return Optional.empty();
			}
			all.addAll(starts.get());
		}
		return all.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(all));
	}

	private static Optional<List<String>> startsOfSequence(String sequence) {
		String rest = sequence;
		while (rest.startsWith("\\b") || rest.startsWith("^")) {
			rest = rest.substring(rest.startsWith("^") ? 1 : 2);
		}
		if (rest.startsWith("(?:") || (rest.startsWith("(") && !rest.startsWith("(?"))) {
			return startsOfGroup(rest);
		}
		int end = 0;
		while (end < rest.length() && "\\()[]{}.*+?^$|".indexOf(rest.charAt(end)) < 0) {
			end++;
		}
		if (end < rest.length() && "?*+{".indexOf(rest.charAt(end)) >= 0) {
			end--;
			if (end > 0 && Character.isHighSurrogate(rest.charAt(end - 1))) {
				end--;
			}
		}
		return end <= 0 ? Optional.empty() : Optional.of(List.of(rest.substring(0, end)));
	}

	/**
	 * A sequence that opens with a group: the group's starts, and where the group may be left out
	 * ("(?:is )?not responding"), the starts of what follows it too.
	 */
	private static Optional<List<String>> startsOfGroup(String sequence) {
		int close = closing(sequence);
		if (close < 0) {
			return Optional.empty();
		}
		Optional<List<String>> inside = starts(sequence.substring(sequence.startsWith("(?:") ? 3 : 1, close));
		String after = sequence.substring(close + 1);
		if (after.isEmpty() || "?*+{".indexOf(after.charAt(0)) < 0) {
			return inside;
		}
		boolean optional = after.charAt(0) == '?' || after.charAt(0) == '*';
		boolean plain = after.length() == 1 || "?+".indexOf(after.charAt(1)) < 0;
		if (!optional || !plain || inside.isEmpty()) {
			return Optional.empty();
		}
		Optional<List<String>> without = startsOfSequence(after.substring(1));
		if (without.isEmpty()) {
			return Optional.empty();
		}
		List<String> both = new ArrayList<>(inside.get());
		both.addAll(without.get());
		return Optional.of(both);
	}

	/** The top-level alternatives of a pattern (split at "|" outside groups and classes). */
	static List<String> alternatives(String regex) {
		List<String> parts = new ArrayList<>();
		int depth = 0;
		boolean inClass = false;
		int from = 0;
		for (int i = 0; i < regex.length(); i++) {
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
			else if (c == '(') {
				depth++;
			}
			else if (c == ')') {
				depth--;
			}
			else if (c == '|' && depth == 0) {
				parts.add(regex.substring(from, i));
				from = i + 1;
			}
		}
		parts.add(regex.substring(from));
		return parts;
	}

	/** The index of the ")" closing the group that opens {@code text}, or -1. */
	private static int closing(String text) {
		int depth = 0;
		boolean inClass = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\') {
				i++;
			}
			else if (inClass) {
				inClass = c != ']';
			}
			else if (c == '[') {
				inClass = true;
			}
			else if (c == '(') {
				depth++;
			}
			else if (c == ')' && --depth == 0) {
				return i;
			}
		}
		return -1;
	}
}
