package uk.sosafe.assistant.safety;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Two classifiers learnt from the labelled messages in the content, beside the phrase signals and the
 * vote.
 * <ul>
 * <li>The <b>category</b> of a concern: who is harmed, how and by whom. Measured on labelled sets it had
 * not learnt from, it named the category right for 87 to 93% of the flagged messages, where the
 * category rules (signal weights, victim rules, the vote's shares) managed 73 to 79%: the rules see
 * the words they list, the model weighs every word and part-word together.</li>
 * <li>The <b>chance of an emergency</b>: how likely the message tells of danger now, learnt from
 * emergencies, other disclosures and ordinary messages. Only a high chance counts, and only where the
 * vote's guards would let a vote count (see {@link DangerDetector}).</li>
 * </ul>
 */
final class SafetyModel {

	/** The models learnt from each of the latest versions of the content's examples. */
	private static final Map<List<NeighbourVote.Example>, SafetyModel> LEARNT = new LinkedHashMap<>(4, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<List<NeighbourVote.Example>, SafetyModel> eldest) {
			return size() > 2;
		}
	};

	private static final String EMERGENCY = "emergency";

	private static final String ORDINARY = "none";

	private final TextClassifier categories;

	private final TextClassifier emergencies;

	private SafetyModel(TextClassifier categories, TextClassifier emergencies) {
		this.categories = categories;
		this.emergencies = emergencies;
	}

	/**
	 * The models learnt from the vote's examples and the labelled messages in the content. Learning takes
	 * a few seconds, and the same examples always give the same models, so they are learnt once per
	 * version of the content (the latest two are kept).
	 */
	static SafetyModel load(Path contentDir, List<NeighbourVote.Example> voteExamples) {
		List<NeighbourVote.Example> examples = examples(contentDir, voteExamples);
		synchronized (LEARNT) {
			SafetyModel known = LEARNT.get(examples);
			if (known != null) {
				return known;
			}
		}
		SafetyModel learnt = learn(examples, message -> true);
		synchronized (LEARNT) {
			LEARNT.put(examples, learnt);
		}
		return learnt;
	}

	/** The models learnt from the examples {@code kept}; leaving some out measures the models on messages they have not seen. */
	static SafetyModel learn(List<NeighbourVote.Example> examples, Predicate<String> kept) {
		List<String> dangerTexts = new ArrayList<>();
		List<String> categories = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		List<String> kinds = new ArrayList<>();
		for (NeighbourVote.Example example : examples) {
			if (!kept.test(example.message())) {
				continue;
			}
			String text = SafetyText.normalise(example.message());
			texts.add(text);
			kinds.add(example.emergency() ? EMERGENCY : example.danger() ? "disclosure" : ORDINARY);
			if (example.danger()) {
				dangerTexts.add(text);
				categories.add(example.label());
			}
		}
		// one after the other: side by side they doubled the memory learning needs, for a few seconds saved at start-up
		return new SafetyModel(TextClassifier.train(dangerTexts, categories, false), TextClassifier.train(texts, kinds, false));
	}

	/** Every labelled message in the content: the vote's examples, then the training file. */
	static List<NeighbourVote.Example> examples(Path contentDir, List<NeighbourVote.Example> voteExamples) {
		List<NeighbourVote.Example> all = new ArrayList<>(voteExamples);
		all.addAll(NeighbourVote.read(contentDir.resolve("safety/training.tsv")));
		return all;
	}

	/** The category of a message already normalised with {@link SafetyText#normalise}. */
	String category(String text) {
		return read(text).category();
	}

	/** How likely (0 to 1) a normalised message tells of danger now. */
	double emergencyChance(String text) {
		return read(text).emergencyChance();
	}

	/** Both models' view of one normalised message, its words and letter runs counted once, when first asked. */
	Reading read(String text) {
		return new Reading(text);
	}

	/** One message as the models see it. */
	final class Reading {

		private final String text;

		private TextClassifier.Counts counts;

		private Reading(String text) {
			this.text = text;
		}

		private TextClassifier.Counts counts() {
			if (this.counts == null) {
				this.counts = TextClassifier.Counts.of(this.text);
			}
			return this.counts;
		}

		/** The category of the message. */
		String category() {
			return SafetyModel.this.categories.best(counts());
		}

		/** How likely (0 to 1) the message tells of danger now. */
		double emergencyChance() {
			return SafetyModel.this.emergencies.probabilities(counts()).getOrDefault(EMERGENCY, 0.0);
		}
	}
}
