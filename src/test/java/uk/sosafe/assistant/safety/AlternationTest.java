package uk.sosafe.assistant.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AlternationTest {

	@Test
	void readsTheCharactersAnAlternativeCanBeginWith() {
		assertThat(Alternation.firstCharacters("right now")).containsExactly('r');
		assertThat(Alternation.firstCharacters("(?:is|are|'s) outside")).containsExactlyInAnyOrder('i', 'a', '\'');
		assertThat(Alternation.firstCharacters("(?<!(?:sunset|game) )tonight")).containsExactly('t');
		assertThat(Alternation.firstCharacters("\\bhe'?s here")).containsExactly('h');
		// a group that may be left out: its own first characters and those of what follows
		assertThat(Alternation.firstCharacters("(?:just )?did it again")).containsExactlyInAnyOrder('j', 'd');
		assertThat(Alternation.firstCharacters("(?:an|half an) hours? ago")).containsExactlyInAnyOrder('a', 'h');
		assertThat(Alternation.firstCharacters("\\?")).containsExactly('?');
		assertThat(Alternation.firstCharacters("a?b")).containsExactlyInAnyOrder('a', 'b');
	}

	@Test
	void leavesAlternativesItCannotReadSafelyToEveryPlace() {
		assertThat(Alternation.firstCharacters("\\d+ min(?:ute)?s? ago")).isNull();
		assertThat(Alternation.firstCharacters("[a-z]+ing")).isNull();
		assertThat(Alternation.firstCharacters("a?")).isNull();
		assertThat(Alternation.firstCharacters("(?:now)?")).isNull();
		assertThat(Alternation.firstCharacters("x{2,3}")).isNull();
		assertThat(Alternation.firstCharacters(".{0,20}here")).isNull();
		assertThat(Alternation.firstCharacters("😂")).isNull();
		assertThat(Alternation.firstCharacters("(?i)help")).isNull();
		assertThat(Alternation.firstCharacters("")).isNull();
	}

	@Test
	void findsWhatThePlainPatternFinds() {
		String phrases = "right now|(?:is|are|'s) outside|\\d+ min\\w* ago|hiding|on (?:his|her) way|help me|"
				+ "(?<!sunset )tonight|just (?:now|hit)|banging on the door|[0-9]{3} now|(?:he's|she's) here";
		Pattern quick = Alternation.compile("\\b", phrases, "\\b");
		Pattern plain = Pattern.compile("\\b(?:" + phrases + ")\\b");
		assertThat(quick.pattern()).as("dispatched, not the plain pattern").isNotEqualTo(plain.pattern()).contains("(?=h)");
		for (String text : List.of("he is outside right now", "hes here", "he's here", "sunset tonight", "come tonight",
				"he left 10 mins ago", "they're banging on the door", "on his way", "helping me", "999 now", "he 's outside",
				"", "nothing to see", "just hit me", "😂 help me")) {
			assertThat(matches(quick, text)).as(text).isEqualTo(matches(plain, text));
		}
		assertThat(quick.matcher("he's here").find()).isTrue();
		assertThat(quick.matcher("sunset tonight").find()).isFalse();
	}

	@Test
	void aShortListIsCompiledAsItIs() {
		assertThat(Alternation.compile("\\b", "knife|gun", "").pattern()).isEqualTo("\\b(?:knife|gun)");
	}

	/**
	 * Every dispatched pattern of the safety check (the phrase signals and the signs of now) finds exactly the same matches, start and end, as its plain pattern in every labelled tuning
	 * message, as written in lower case and normalised. (Not the held-out set: a failure here prints the message,
	 * and its messages are never to be read.)
	 */
	@Test
	void everyDispatchedPatternFindsTheSameMatchesAsItsPlainPatternInEveryLabelledMessage() throws IOException {
		// load every class whose patterns are dispatched
		assertThat(DangerSignals.ALL).isNotEmpty();
		assertThat(Framing.immediate("he is outside right now")).isTrue();
		Map<String, String> compiled = Alternation.compiled();
		assertThat(compiled.size()).as("the longer phrase signals and the signs of now").isGreaterThan(20);
		assertThat(compiled.containsValue("\\b(?:" + Framing.IMMEDIATE_PHRASES + ")\\b")).as("the signs of now").isTrue();
		List<String> texts = labelledMessages();
		assertThat(texts).hasSizeGreaterThan(8_000);
		List<Pattern[]> pairs = compiled.entrySet().stream()
			.map(entry -> new Pattern[] { Pattern.compile(entry.getKey()), Pattern.compile(entry.getValue()) }).toList();
		int found = 0;
		for (String text : texts) {
			for (Pattern[] pair : pairs) {
				List<String> quick = matches(pair[0], text);
				assertThat(quick).as("%s in: %s", pair[1].pattern(), text).isEqualTo(matches(pair[1], text));
				found += quick.size();
			}
		}
		assertThat(found).as("the patterns do find things in the messages").isGreaterThan(5_000);
	}

	private static List<String> matches(Pattern pattern, String text) {
		List<String> spans = new ArrayList<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			spans.add(matcher.start() + "-" + matcher.end());
		}
		return spans;
	}

	private static List<String> labelledMessages() throws IOException {
		Set<String> files = Set.of("danger.tsv", "other.tsv", "topics.tsv", "safe.tsv");
		List<String> texts = new ArrayList<>();
		try (Stream<Path> paths = Files.walk(Path.of("src/test/resources/eval"))) {
			for (Path file : paths.filter(path -> files.contains(path.getFileName().toString()))
				.filter(path -> !path.toString().contains("heldout")).sorted().toList()) {
				for (String line : Files.readAllLines(file)) {
					String message = line.substring(line.lastIndexOf('\t') + 1);
					texts.add(message.toLowerCase(java.util.Locale.ROOT));
					texts.add(SafetyText.normalise(message));
				}
			}
		}
		return texts;
	}
}
