package uk.sosafe.assistant.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A long list of phrase alternatives behind a word edge ({@code \b(?:right now|hiding|on his way|...)}), found
 * the way a person would look for them: only where a word begins, and there only the phrases that begin with
 * the letter found.
 *
 * <p>{@code java.util.regex}'s {@code find} tries the whole pattern at every character of a text, checks the
 * word edge each time, and then offers the place every alternative. Here the places that cannot be a word
 * edge (between two ASCII word characters, or two ASCII characters that are not) are skipped before the expression
 * is asked, and each remaining place is tried, anchored there, with the alternatives of its first character only:
 * one compiled expression per first character. Alternatives whose first character cannot be read safely
 * (see {@link #firstCharacters}) are in every one of them and in the expression for any other
 * character. Inside each, the alternatives keep their order; so every match starts and ends exactly where
 * the plain pattern's would, which {@code PhraseScanTest} checks for every scan of the application over every
 * labelled message.
 */
public final class PhraseScan {

	/** Every scan compiled, for the test that holds each to its plain pattern. */
	private static final Set<PhraseScan> COMPILED = ConcurrentHashMap.newKeySet();

	/**
	 * A back-reference ({@code \\1}, {@code \\k<name>}): the scan's expressions number their groups differently,
	 * so a list with one is matched with the plain pattern.
	 */
	private static final Pattern BACK_REFERENCE = Pattern.compile("(?<!\\\\)(?:\\\\\\\\)*\\\\(?:[1-9]|k<)");

	/** The plain pattern, for short lists and for the tests that hold the scan to it. */
	private final Pattern plain;

	/** The expression for each first character, or null for a short list matched with the plain pattern. */
	private final Map<Character, Integer> buckets;

	/** The same for ASCII characters, looked up by the character itself (-1: none), as the scan asks at every word edge. */
	private final int[] asciiBuckets;

	private final Pattern[] expressions;

	/** The expression for a place whose character begins none of the buckets, or -1 when there is none. */
	private final int rest;

	private final boolean wordEdge;

	private PhraseScan(Pattern plain, Map<Character, Integer> buckets, Pattern[] expressions, int rest, boolean wordEdge) {
		this.plain = plain;
		this.buckets = buckets;
		this.asciiBuckets = new int[128];
		Arrays.fill(this.asciiBuckets, -1);
		if (buckets != null) {
			buckets.forEach((c, expression) -> {
				if (c < 128) {
					this.asciiBuckets[c] = expression;
				}
			});
		}
		this.expressions = expressions;
		this.rest = rest;
		this.wordEdge = wordEdge;
	}

	/**
	 * The phrases {@code prefix(?:alternatives)suffix}, where the prefix matches nothing but a place ({@code \b},
	 * or empty) and {@code alternatives} is a list split by top-level "|".
	 */
	public static PhraseScan compile(String prefix, String alternatives, String suffix) {
		PhraseScan scan = scan(prefix, alternatives, suffix);
		COMPILED.add(scan);
		return scan;
	}

	/** The scans compiled so far. */
	static Set<PhraseScan> compiled() {
		return Set.copyOf(COMPILED);
	}

	private static PhraseScan scan(String prefix, String alternatives, String suffix) {
		Pattern plain = Pattern.compile(prefix + "(?:" + alternatives + ")" + suffix);
		List<String> parts = RegexSource.alternatives(alternatives);
		if (parts.size() < 8 || RegexSource.hasFlags(alternatives) || BACK_REFERENCE.matcher(alternatives).find()
				|| !(prefix.isEmpty() || prefix.equals("\\b"))) {
			return new PhraseScan(plain, null, null, -1, false);
		}
		List<Set<Character>> firsts = parts.stream().map(PhraseScan::firstCharacters).toList();
		Set<Character> all = new TreeSet<>();
		firsts.stream().filter(first -> first != null).forEach(all::addAll);
		Map<Character, List<String>> lists = new LinkedHashMap<>();
		all.forEach(c -> lists.put(c, new ArrayList<>()));
		List<String> anywhere = new ArrayList<>();
		for (int i = 0; i < parts.size(); i++) {
			Set<Character> first = firsts.get(i);
			for (char c : first == null ? all : first) {
				lists.get(c).add(parts.get(i));
			}
			if (first == null) {
				anywhere.add(parts.get(i));
			}
		}
		List<Pattern> expressions = new ArrayList<>();
		Map<String, Integer> numbers = new HashMap<>();
		Map<Character, Integer> buckets = new HashMap<>();
		lists.forEach((c, list) -> buckets.put(c, number(prefix + "(?:" + String.join("|", list) + ")" + suffix, expressions,
				numbers)));
		int rest = anywhere.isEmpty() ? -1
				: number(prefix + "(?:" + String.join("|", anywhere) + ")" + suffix, expressions, numbers);
		return new PhraseScan(plain, Map.copyOf(buckets), expressions.toArray(Pattern[]::new), rest, prefix.equals("\\b"));
	}

	private static int number(String regex, List<Pattern> expressions, Map<String, Integer> numbers) {
		return numbers.computeIfAbsent(regex, source -> {
			expressions.add(Pattern.compile(source));
			return expressions.size() - 1;
		});
	}

	/** The plain pattern this scan stands for. */
	public Pattern pattern() {
		return this.plain;
	}

	/** Whether the phrases occur anywhere in {@code text}. */
	public boolean foundIn(String text) {
		return in(text).find();
	}

	/** The phrases' matches in {@code text}, left to right, as {@link Matcher#find()} gives them. */
	public Matches in(String text) {
		return this.buckets == null ? new Plain(this.plain.matcher(text)) : new Scanned(text);
	}

	/** Successive matches: {@code find}, then {@code start} and {@code end} of the match found. */
	public interface Matches {

		boolean find();

		int start();

		int end();
	}

	private record Plain(Matcher matcher) implements Matches {

		@Override
		public boolean find() {
			return this.matcher.find();
		}

		@Override
		public int start() {
			return this.matcher.start();
		}

		@Override
		public int end() {
			return this.matcher.end();
		}
	}

	private final class Scanned implements Matches {

		private final String text;

		private final Matcher[] matchers = new Matcher[PhraseScan.this.expressions.length];

		private int next;

		private int start = -1;

		private int end = -1;

		Scanned(String text) {
			this.text = text;
		}

		@Override
		public boolean find() {
			int length = this.text.length();
			for (int at = this.next; at <= length; at++) {
				if (PhraseScan.this.wordEdge && !mayBeWordEdge(this.text, at)) {
					continue;
				}
				int expression = expressionAt(at);
				if (expression < 0) {
					continue;
				}
				Matcher matcher = matcher(expression).region(at, length);
				if (matcher.lookingAt()) {
					this.start = at;
					this.end = matcher.end();
					this.next = this.end == at ? at + 1 : this.end;
					return true;
				}
			}
			this.next = length + 1;
			return false;
		}

		private int expressionAt(int at) {
			if (at < this.text.length()) {
				char c = this.text.charAt(at);
				int bucket = c < 128 ? PhraseScan.this.asciiBuckets[c] : PhraseScan.this.buckets.getOrDefault(c, -1);
				if (bucket >= 0) {
					return bucket;
				}
			}
			return PhraseScan.this.rest;
		}

		private Matcher matcher(int expression) {
			Matcher matcher = this.matchers[expression];
			if (matcher == null) {
				matcher = PhraseScan.this.expressions[expression].matcher(this.text);
				matcher.useTransparentBounds(true).useAnchoringBounds(false);
				this.matchers[expression] = matcher;
			}
			return matcher;
		}

		@Override
		public int start() {
			return this.start;
		}

		@Override
		public int end() {
			return this.end;
		}
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
				int close = RegexSource.closing(sequence, i);
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
			int close = RegexSource.closing(sequence, at);
			boolean plainGroup = sequence.startsWith("(?:", at) || !sequence.startsWith("(?", at);
			if (close < 0 || !plainGroup) {
				return null;
			}
			first = new TreeSet<>();
			for (String alternative : RegexSource.alternatives(sequence.substring(sequence.startsWith("(?:", at) ? at + 3 : at + 1,
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
			if (at + 1 >= sequence.length()) {
				return null;
			}
			first = escaped(sequence.charAt(at + 1));
			if (first == null) {
				return null;
			}
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

	/**
	 * What the escape {@code \\c} matches first: the character itself for a mark, the ASCII digits for {@code \\d}
	 * and the ASCII word characters for {@code \\w} (no Unicode classes are set), null for anything else.
	 */
	private static Set<Character> escaped(char c) {
		if (!Character.isLetterOrDigit(c)) {
			return new TreeSet<>(Set.of(c));
		}
		if (c != 'd' && c != 'w') {
			return null;
		}
		Set<Character> characters = new TreeSet<>();
		for (char d = '0'; d <= '9'; d++) {
			characters.add(d);
		}
		if (c == 'w') {
			for (char l = 'a'; l <= 'z'; l++) {
				characters.add(l);
				characters.add(Character.toUpperCase(l));
			}
			characters.add('_');
		}
		return characters;
	}

	/**
	 * False only where {@code \b} cannot hold: between two ASCII word characters, or two ASCII characters that
	 * are neither. Anything else is left to the expression itself.
	 */
	private static boolean mayBeWordEdge(String text, int at) {
		if (at == 0 || at == text.length()) {
			return true;
		}
		char before = text.charAt(at - 1);
		char here = text.charAt(at);
		return before >= 128 || here >= 128 || isAsciiWord(before) != isAsciiWord(here);
	}

	private static boolean isAsciiWord(char c) {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
	}
}
