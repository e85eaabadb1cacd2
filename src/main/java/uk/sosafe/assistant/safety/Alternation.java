package uk.sosafe.assistant.safety;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Compiles a long list of alternatives so that, at each place in a text, only those that can begin with
 * the character found there are tried.
 *
 * <p>{@code java.util.regex} tries every alternative of {@code \b(?:right now|hiding|on his way|...)} at every
 * word edge, one after another: with a hundred or more alternatives that is most of the safety check's cost. Here
 * the alternatives are sorted into one bucket per first character, each bucket behind a one-character lookahead,
 * so a place is offered only its own bucket. An alternative whose first character cannot be read safely (a class,
 * an escape such as {@code \w}, an optional start, anything that may match nothing) goes into every bucket.
 * Inside a bucket the alternatives keep their order, so every match starts and ends exactly where the plain
 * pattern's would: the buckets only leave out alternatives that could not have matched there. Capturing groups
 * are numbered differently, so the pattern is for {@code find}, {@code start} and {@code end}, not {@code group(n)}.
 */
final class Alternation {

	/** Each dispatched pattern's source, with the plain source it stands for: a test holds the two to the same matches. */
	private static final Map<String, String> PLAIN = new ConcurrentHashMap<>();

	private Alternation() {
	}

	/** The dispatched patterns compiled so far (their sources), each with the plain pattern it stands for. */
	static Map<String, String> compiled() {
		return Map.copyOf(PLAIN);
	}

	/**
	 * The pattern {@code prefix(?:alternatives)suffix}, where the prefix matches nothing but a place (such as
	 * {@code \b} or {@code ^}, or empty) and {@code alternatives} is a list split by top-level "|".
	 */
	static Pattern compile(String prefix, String alternatives, String suffix) {
		String plain = prefix + "(?:" + alternatives + ")" + suffix;
		List<String> parts = RequiredText.alternatives(alternatives);
		if (parts.size() < 8 || RequiredText.hasFlags(alternatives)) {
			return Pattern.compile(plain);
		}
		List<Set<Character>> firsts = parts.stream().map(Alternation::firstCharacters).toList();
		Set<Character> all = new TreeSet<>();
		firsts.stream().filter(first -> first != null).forEach(all::addAll);
		// each bucket keeps the list's order; an alternative whose first character is unknown is in all of them
		Map<Character, List<String>> buckets = new LinkedHashMap<>();
		all.forEach(c -> buckets.put(c, new ArrayList<>()));
		List<String> anywhere = new ArrayList<>();
		for (int i = 0; i < parts.size(); i++) {
			Set<Character> first = firsts.get(i);
			for (char c : first == null ? all : first) {
				buckets.get(c).add(parts.get(i));
			}
			if (first == null) {
				anywhere.add(parts.get(i));
			}
		}
		StringBuilder regex = new StringBuilder(prefix).append("(?:");
		buckets.forEach((c, bucket) -> regex.append("(?=").append(quote(c)).append(")(?:").append(String.join("|", bucket))
			.append(")|"));
		if (anywhere.isEmpty()) {
			regex.setLength(regex.length() - 1);
		}
		else {
			regex.append("(?![");
			all.forEach(c -> regex.append(quote(c)));
			regex.append("])(?:").append(String.join("|", anywhere)).append(')');
		}
		Pattern dispatched = Pattern.compile(regex.append(')').append(suffix).toString());
		PLAIN.put(dispatched.pattern(), plain);
		return dispatched;
	}

	private static String quote(char c) {
		return Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c;
	}

	/**
	 * The characters a match of {@code sequence} can begin with, or null when that cannot be read safely
	 * (including when it may match nothing at all).
	 */
	static Set<Character> firstCharacters(String sequence) {
		int i = 0;
		while (i < sequence.length()) {
			char c = sequence.charAt(i);
			if (sequence.startsWith("\\b", i) || sequence.startsWith("\\B", i)) {
				i += 2;
			}
			else if (c == '^') {
				i++;
			}
			else if (sequence.startsWith("(?=", i) || sequence.startsWith("(?!", i) || sequence.startsWith("(?<=", i)
					|| sequence.startsWith("(?<!", i)) {
				int close = RequiredText.closing(sequence, i);
				if (close < 0) {
					return null;
				}
				i = close + 1;
			}
			else {
				return atom(sequence, i);
			}
		}
		return null;
	}

	/** The first characters of the atom at {@code at} and, where it may be left out, of what follows it. */
	private static Set<Character> atom(String sequence, int at) {
		char c = sequence.charAt(at);
		Set<Character> first;
		int next;
		if (c == '(') {
			int close = RequiredText.closing(sequence, at);
			boolean plainGroup = sequence.startsWith("(?:", at) || !sequence.startsWith("(?", at);
			if (close < 0 || !plainGroup) {
				return null;
			}
			first = new TreeSet<>();
			for (String alternative : RequiredText.alternatives(sequence.substring(sequence.startsWith("(?:", at) ? at + 3 : at + 1,
					close))) {
				Set<Character> inner = firstCharacters(alternative);
				if (inner == null) {
					return null;
				}
				first.addAll(inner);
			}
			next = close + 1;
		}
		else if (c == '\\') {
			if (at + 1 >= sequence.length() || Character.isLetterOrDigit(sequence.charAt(at + 1))) {
				return null;
			}
			first = new TreeSet<>(Set.of(sequence.charAt(at + 1)));
			next = at + 2;
		}
		else if (c < 128 && "[.$|)*+?{".indexOf(c) < 0) {
			first = new TreeSet<>(Set.of(c));
			next = at + 1;
		}
		else {
			return null;
		}
		boolean optional = next < sequence.length() && (sequence.charAt(next) == '?' || sequence.charAt(next) == '*'
				|| sequence.startsWith("{0", next));
		if (!optional) {
			return next < sequence.length() && sequence.charAt(next) == '{' ? null : first;
		}
		int after = next + 1;
		if (sequence.charAt(next) == '{') {
			after = sequence.indexOf('}', next) + 1;
		}
		while (after < sequence.length() && (sequence.charAt(after) == '?' || sequence.charAt(after) == '+')) {
			after++;
		}
		Set<Character> rest = after <= 0 ? null : firstCharacters(sequence.substring(after));
		if (rest == null) {
			return null;
		}
		first.addAll(rest);
		return first;
	}
}
