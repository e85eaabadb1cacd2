package uk.sosafe.assistant.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The shortcut that skips a phrase pattern must never skip one that would have matched. */
class RequiredTextTest {

	@Test
	void readsThePlainStartOfEachAlternative() {
		assertThat(RequiredText.of("not breathing|can't breathe|unconscious").strings())
			.containsExactly("not breathing", "can't breathe", "unconscious");
	}

	@Test
	void stopsBeforeAnOptionalCharacterAndLooksIntoALeadingGroup() {
		assertThat(RequiredText.of("kill (?:my ?self|myself)|(?:took|taken) (?:all|loads) of").strings())
			.containsExactly("kill ", "took", "taken");
		assertThat(RequiredText.of("pills?|\\b(?:knife|gun)\\b").strings()).containsExactly("pill", "knife", "gun");
		assertThat(RequiredText.of("^(?:is |he's )?(?:not|isn't)").strings())
			.containsExactly("is ", "he's ", "not", "isn't");
	}

	@Test
	void prefersALongerStringTheMatchMustHoldFurtherIn() {
		assertThat(RequiredText.of("(?:want|going|gonna) to die|^(?:is |he's )?not responding").strings())
			.containsExactly(" to die", "not responding");
		assertThat(RequiredText.of("\\d+ years? old|[a-z]+ing (?:him|her)|(?<!not )hurts? me").strings())
			.containsExactly(" year", "ing ", "hurt");
	}

	@Test
	void givesNoShortcutWhereAnAlternativeHoldsNoPlainText() {
		assertThat(RequiredText.of("knife|\\d+").strings()).isEmpty();
		assertThat(RequiredText.of("knife|(?:big )?").strings()).isEmpty();
		assertThat(RequiredText.of("knife|(?:big ){1,2}").strings()).isEmpty();
		assertThat(RequiredText.of("knife|[a-z]+").strings()).isEmpty();
		assertThat(RequiredText.of("knife|").strings()).isEmpty();
		assertThat(RequiredText.of("(?i)knife|gun").strings()).as("flags change what plain text matches").isEmpty();
		assertThat(RequiredText.of("knife|.{0,3}gun").mayMatch("a shotgun")).isTrue();
	}

	@Test
	void ruleOutOnlyTextsWithoutAnyStart() {
		RequiredText words = RequiredText.of("has a (?:knife|gun)|stabbed");

		assertThat(words.mayMatch("he has a knife")).isTrue();
		assertThat(words.mayMatch("where do i report a scam")).isFalse();
	}

	@Test
	void behindAWordBoundaryAStartCountsOnlyWhereAWordBegins() {
		RequiredText words = RequiredText.atWordStart("he (?:hit|hits) me|'s bleeding");

		assertThat(words.mayMatch("he hit me")).isTrue();
		assertThat(words.mayMatch("and then he hit me")).isTrue();
		assertThat(words.mayMatch("she hit me")).isFalse();
		assertThat(words.mayMatch("the hit list")).isFalse();
		assertThat(words.mayMatch("he's bleeding")).isTrue();
		assertThat(RequiredText.of("he hit").mayMatch("the hit")).isTrue();
	}

	@Test
	void neverRulesOutATextThatEveryPhraseSignalOrIdiomWouldMatch() throws IOException {
		List<String> texts = texts();
		Pattern idioms = DangerDetector.idioms();
		RequiredText idiomStarts = RequiredText.of(idioms.pattern());
		int skipped = 0;
		for (String text : texts) {
			for (Signal signal : DangerSignals.ALL) {
				boolean matches = signal.pattern().matcher(text).find();
				assertThat(!matches || signal.mayMatch(text)).as("%s in: %s", signal.category(), text).isTrue();
				skipped += signal.mayMatch(text) ? 0 : 1;
			}
			assertThat(!idioms.matcher(text).find() || idiomStarts.mayMatch(text)).as("idiom in: %s", text).isTrue();
		}
		assertThat(texts).hasSizeGreaterThan(1000);
		assertThat(skipped).as("the shortcut spares most pattern runs").isGreaterThan(texts.size() * DangerSignals.ALL.size() / 2);
	}

	@Test
	void neverSkipsATextSpeakRewriteThatWouldApply() throws IOException {
		for (Path file : files()) {
			for (String line : Files.readAllLines(file)) {
				String text = line.toLowerCase(java.util.Locale.ROOT);
				for (Pattern rewrite : SafetyText.rewrites()) {
					boolean applies = rewrite.matcher(text).find();
					assertThat(!applies || RequiredText.of(rewrite.pattern()).mayMatch(text)).as("%s in: %s", rewrite, text).isTrue();
				}
			}
		}
		assertThat(RequiredText.of("\\bpls\\b|\\bplz\\b").mayMatch("please help")).isFalse();
		assertThat(RequiredText.of("\\bpls\\b|\\bplz\\b").mayMatch("help pls")).isTrue();
	}

	/** Every labelled example and tuning message, normalised as the detector reads them. */
	private static List<String> texts() throws IOException {
		List<String> texts = new ArrayList<>();
		for (Path file : files()) {
			for (String line : Files.readAllLines(file)) {
				String[] cells = line.split("\t");
				if (!line.startsWith("#") && cells.length > 1) {
					String normalised = SafetyText.normalise(cells[cells.length - 1]);
					texts.add(normalised);
					texts.add(DangerDetector.idioms().matcher(normalised).replaceAll(" "));
				}
			}
		}
		return texts;
	}

	/** The labelled examples and the tuning sets (never the held-out set). */
	private static List<Path> files() throws IOException {
		List<Path> files = new ArrayList<>(List.of(Path.of("content/safety/examples.tsv")));
		for (String set : List.of("tuning", "tuning2", "tuning3", "tuning4", "tuning5")) {
			try (Stream<Path> tuning = Files.list(Path.of("src/test/resources/eval", set))) {
				tuning.filter(path -> path.toString().endsWith(".tsv")).forEach(files::add);
			}
		}
		return files;
	}
}
