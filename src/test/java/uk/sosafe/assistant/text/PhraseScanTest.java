package uk.sosafe.assistant.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhraseScanTest {

	@Test
	void readsTheCharactersAnAlternativeCanBeginWith() {
		assertThat(PhraseScan.firstCharacters("right now")).containsExactly('r');
		assertThat(PhraseScan.firstCharacters("(?:is|are|'s) outside")).containsExactlyInAnyOrder('i', 'a', '\'');
		assertThat(PhraseScan.firstCharacters("(?<!(?:sunset|game) )tonight")).containsExactly('t');
		assertThat(PhraseScan.firstCharacters("\\bhe'?s here")).containsExactly('h');
		// a group that may be left out: its own first characters and those of what follows
		assertThat(PhraseScan.firstCharacters("(?:just )?did it again")).containsExactlyInAnyOrder('j', 'd');
		assertThat(PhraseScan.firstCharacters("(?:an|half an) hours? ago")).containsExactlyInAnyOrder('a', 'h');
		assertThat(PhraseScan.firstCharacters("\\?")).containsExactly('?');
		assertThat(PhraseScan.firstCharacters("a?b")).containsExactlyInAnyOrder('a', 'b');
		// the ASCII classes (no Unicode classes are set)
		assertThat(PhraseScan.firstCharacters("\\d+ min(?:ute)?s? ago")).hasSize(10).contains('0', '9');
		assertThat(PhraseScan.firstCharacters("\\w+ing")).hasSize(63).contains('a', 'Z', '5', '_');
	}

	@Test
	void leavesAlternativesItCannotReadSafelyToEveryPlace() {
		assertThat(PhraseScan.firstCharacters("[a-z]+ing")).isNull();
		assertThat(PhraseScan.firstCharacters("\\s+now")).isNull();
		assertThat(PhraseScan.firstCharacters("\\p{L}+")).isNull();
		assertThat(PhraseScan.firstCharacters("a?")).isNull();
		assertThat(PhraseScan.firstCharacters("(?:now)?")).isNull();
		assertThat(PhraseScan.firstCharacters("x{2,3}")).isNull();
		assertThat(PhraseScan.firstCharacters(".{0,20}here")).isNull();
		assertThat(PhraseScan.firstCharacters("😂")).isNull();
		assertThat(PhraseScan.firstCharacters("(?i)help")).isNull();
		assertThat(PhraseScan.firstCharacters("")).isNull();
	}

	@Test
	void findsWhatThePlainPatternFinds() {
		String phrases = "right now|(?:is|are|'s) outside|\\d+ min\\w* ago|hiding|on (?:his|her) way|help me|"
				+ "(?<!sunset )tonight|just (?:now|hit)|banging on the door|[0-9]{3} now|(?:he's|she's) here|£\\d+|, ha$";
		PhraseScan scan = PhraseScan.compile("\\b", phrases, "\\b");
		Pattern plain = Pattern.compile("\\b(?:" + phrases + ")\\b");
		assertThat(scan.pattern().pattern()).isEqualTo(plain.pattern());
		assertSameMatches(scan, plain, "he is outside right now", "hes here", "he's here", "sunset tonight", "come tonight",
				"he left 10 mins ago", "they're banging on the door", "on his way", "helping me", "999 now", "he 's outside",
				"", "nothing to see", "just hit me", "😂 help me", "café help me", "naïve hiding", "x\u0301hiding", "help me help me",
				"owes £500", "tonight, ha", "HIDING", "right\tnow", "he_is outside");
		assertThat(scan.foundIn("he's here")).isTrue();
		assertThat(scan.foundIn("sunset tonight")).isFalse();
		assertThat(matches(scan, "help me, he's here right now")).containsExactly("0-7", "9-18", "19-28");
	}

	@Test
	void aPatternThatCanMatchNothingMovesOnAsFindDoes() {
		String phrases = "a|b|c|d|e|f|g|h|(?:x)?";
		assertSameMatches(PhraseScan.compile("", phrases, ""), Pattern.compile("(?:" + phrases + ")"), "", "zz", "axbz",
				"hello");
	}

	@Test
	void aListWithABackReferenceIsMatchedWithThePlainPattern() {
		String phrases = "(a)\\1|b|c|d|e|f|g|h|(x)y\\2";
		assertSameMatches(PhraseScan.compile("\\b", phrases, ""), Pattern.compile("\\b(?:" + phrases + ")"), "aa", "xyy",
				"xyx", "b a");
		// an escaped back-slash before a digit is text, not a back-reference
		assertThat(matches(PhraseScan.compile("\\b", "a\\\\1|b|c|d|e|f|g|h", ""), "a\\1 h")).containsExactly("0-3", "4-5");
	}

	@Test
	void aShortListIsMatchedWithThePlainPattern() {
		PhraseScan scan = PhraseScan.compile("\\b", "knife|gun", "");

		assertThat(scan.pattern().pattern()).isEqualTo("\\b(?:knife|gun)");
		assertThat(matches(scan, "a gun and a knife, penknife")).containsExactly("2-5", "12-17");
	}

	/**
	 * Every scan of the application (the phrase signals and the signs of now of the safety check, the intents of the
	 * knowledge search, the scope rules of the conversation) finds exactly the same matches, start and end, as its
	 * plain pattern in every labelled tuning message, as written in lower case and as the safety check normalises it.
	 * (Not the held-out set: a failure here prints the message, and its messages are never to be read.)
	 */
	@Test
	void everyScanFindsTheSameMatchesAsItsPlainPatternInEveryLabelledMessage() throws Exception {
		for (String owner : List.of("uk.sosafe.assistant.safety.DangerSignals", "uk.sosafe.assistant.safety.Framing",
				"uk.sosafe.assistant.knowledge.Intent", "uk.sosafe.assistant.conversation.Scope")) {
			Class.forName(owner, true, getClass().getClassLoader());
		}
		List<PhraseScan> scans = List.copyOf(PhraseScan.compiled());
		assertThat(scans).as("the phrase signals, the signs of now, the intents and the scope rules").hasSizeGreaterThan(35);
		List<String> texts = labelledMessages();
		assertThat(texts).hasSizeGreaterThan(8_000);
		int found = 0;
		for (String text : texts) {
			for (PhraseScan scan : scans) {
				List<String> quick = matches(scan, text);
				assertThat(quick).as("%s in: %s", scan.pattern().pattern(), text).isEqualTo(matches(scan.pattern(), text));
				found += quick.size();
			}
		}
		assertThat(found).as("the patterns do find things in the messages").isGreaterThan(5_000);
	}

	private static void assertSameMatches(PhraseScan scan, Pattern plain, String... texts) {
		for (String text : texts) {
			assertThat(matches(scan, text)).as(text).isEqualTo(matches(plain, text));
		}
	}

	private static List<String> matches(PhraseScan scan, String text) {
		List<String> spans = new ArrayList<>();
		PhraseScan.Matches matches = scan.in(text);
		while (matches.find()) {
			spans.add(matches.start() + "-" + matches.end());
		}
		return spans;
	}

	private static List<String> matches(Pattern pattern, String text) {
		List<String> spans = new ArrayList<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			spans.add(matcher.start() + "-" + matcher.end());
		}
		return spans;
	}

	/** Every labelled tuning message, lower-cased and as the safety check normalises it (a method private to it). */
	private static List<String> labelledMessages() throws Exception {
		java.lang.reflect.Method normalise = Class.forName("uk.sosafe.assistant.safety.SafetyText")
			.getDeclaredMethod("normalise", String.class);
		normalise.setAccessible(true);
		Set<String> files = Set.of("danger.tsv", "other.tsv", "topics.tsv", "safe.tsv");
		List<String> texts = new ArrayList<>();
		try (Stream<Path> paths = Files.walk(Path.of("src/test/resources/eval"))) {
			for (Path file : paths.filter(path -> files.contains(path.getFileName().toString()))
				.filter(path -> !path.toString().contains("heldout")).sorted().toList()) {
				for (String line : Files.readAllLines(file)) {
					String message = line.substring(line.lastIndexOf('\t') + 1);
					texts.add(message.toLowerCase(java.util.Locale.ROOT));
					texts.add((String) normalise.invoke(null, message));
				}
			}
		}
		return texts;
	}
}
