package uk.sosafe.assistant.safety;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class TextClassifierTest {

	private static final List<String> TEXTS = List.of("he stabbed him with a knife outside the pub",
			"a man was stabbed in the alley and is bleeding", "they threatened him with a knife by the shops",
			"someone tried to stab my brother", "my nan's carer takes money from her purse",
			"the carer keeps my granddad's bank card and spends his pension", "her carer borrows cash and never pays it back",
			"the home help took money from my dad's wallet");

	private static final List<String> LABELS = List.of("violence-or-weapon", "violence-or-weapon", "violence-or-weapon",
			"violence-or-weapon", "adult-at-risk", "adult-at-risk", "adult-at-risk", "adult-at-risk");

	private final TextClassifier classifier = TextClassifier.train(TEXTS, LABELS, false);

	@Test
	void namesTheLabelOfUnseenTextFromItsWords() {
		assertThat(this.classifier.best("a lad pulled a knife on my son")).isEqualTo("violence-or-weapon");
		assertThat(this.classifier.best("the carer has been taking my mum's money")).isEqualTo("adult-at-risk");
	}

	@Test
	void misspeltWordsShareTheirLetterRunsWithTheWordsTheyMisspell() {
		// neither "stabbd" nor "carerr" is a word the classifier has seen; their letter runs are
		assertThat(TextClassifier.words("stabbd")).doesNotContainKey("stabbed");
		assertThat(TextClassifier.runs("stabbd")).containsKeys(" st", "stab", "abb");

		assertThat(this.classifier.best("stabbd")).isEqualTo("violence-or-weapon");
		assertThat(this.classifier.best("carerr")).isEqualTo("adult-at-risk");
	}

	@Test
	void probabilitiesCoverEveryLabelMostLikelyFirstAndSumToOne() {
		Map<String, Double> probabilities = this.classifier.probabilities("the carer took his bank card");

		assertThat(probabilities).containsOnlyKeys("violence-or-weapon", "adult-at-risk");
		assertThat(probabilities.keySet().iterator().next()).isEqualTo("adult-at-risk");
		assertThat(probabilities.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-9));
	}

	@Test
	void theSameExamplesAlwaysGiveTheSameModel() {
		TextClassifier again = TextClassifier.train(TEXTS, LABELS, false);

		for (String text : List.of("knife", "money", "nothing in common here", "")) {
			assertThat(again.probabilities(text)).isEqualTo(this.classifier.probabilities(text));
		}
	}

	@Test
	void balancedTrainingLetsARareLabelWinWhatItsWordsSay() {
		List<String> texts = List.of("what time is it", "where is the library", "how do i get to the station",
				"when does the park close", "is the market on today", "help he has a knife");
		List<String> labels = List.of("none", "none", "none", "none", "none", "emergency");

		TextClassifier plain = TextClassifier.train(texts, labels, false);
		TextClassifier balanced = TextClassifier.train(texts, labels, true);

		double plainChance = plain.probabilities("he has a knife").get("emergency");
		double balancedChance = balanced.probabilities("he has a knife").get("emergency");
		assertThat(balancedChance).isGreaterThan(plainChance);
	}

	@Test
	void refusesExamplesWithoutLabels() {
		assertThatIllegalArgumentException().isThrownBy(() -> TextClassifier.train(List.of("a", "b"), List.of("x"), false));
		assertThatIllegalArgumentException().isThrownBy(() -> TextClassifier.train(List.of(), List.of(), false));
	}

	@Test
	void wordsAndRunsAreCounted() {
		assertThat(TextClassifier.words("he hit me, he hit me")).containsEntry("hit", 2).containsEntry("hit me", 2)
			.containsEntry("me he", 1).doesNotContainKey("a");
		// each word padded with a space: " he " gives " h", "he", "e ", " he", "he ", " he "
		assertThat(TextClassifier.runs("he")).containsOnlyKeys(" h", "he", "e ", " he", "he ", " he ");
	}

	@Test
	void theRunsLookedUpInPlaceAreTheKnownRunsCounted() {
		List<String> texts = List.of("he stabbed him with a knife", "  two  spaces\tand a tab\n", "a b c", "x", "",
				"stabbd wiv a nife", "caf\u00e9 na\u00efve \u2014 dash", "knifeknifeknife knife knife");
		for (String text : texts) {
			List<Integer> expected = new java.util.ArrayList<>();
			TextClassifier.runs(text).forEach((run, count) -> {
				int id = this.classifier.runId(run);
				for (int i = 0; id >= 0 && i < count; i++) {
					expected.add(id);
				}
			});
			java.util.Collections.sort(expected);

			int[] found = this.classifier.runIds(TextClassifier.Counts.of(text).spaced());

			assertThat(found).as(text).containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
		}
		assertThat(this.classifier.runId("stab")).isNotNegative();
		assertThat(this.classifier.runId("zzzz")).isEqualTo(-1);
	}
}
