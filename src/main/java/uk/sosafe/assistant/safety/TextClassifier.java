package uk.sosafe.assistant.safety;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

/**
 * A regularised logistic regression over a message's words, word pairs and letter runs, trained on
 * labelled examples. Letter runs (two to five letters inside a word) let "stabbd", "unconcious" and
 * "nife" share most of their features with the words they misspell, which is where a vote over
 * whole words and a list of phrases both fall short.
 *
 * <p>Each kind of feature is weighed tf-idf (log counts, smoothed idf) and scaled to unit length, as is
 * usual for short texts. Training is deterministic: the same examples give the same model.
 */
final class TextClassifier {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]{2,}");

	private static final Pattern SPACE = Pattern.compile("\\s+");

	/** Inverse regularisation strength; chosen on tuning sets the model did not learn from. */
	private static final double C = 10;

	/** The solver's stopping tolerance: tighter took twice as long and chose the same categories. */
	private static final double STOP_AT = 0.1;

	private static final int SHORTEST_RUN = 2;

	private static final int LONGEST_RUN = 5;

	/** A letter run seen in only one example says more about that example than about its label. */
	private static final int RUN_MIN_EXAMPLES = 2;

	private final Map<String, Integer> wordIndex;

	/** The letter runs seen in enough examples, by feature number. */
	private final RunTable runTable;

	private final double[] idf;

	private final Model model;

	private final String[] labels;

	private TextClassifier(Map<String, Integer> wordIndex, Map<String, Integer> runIndex, double[] idf, Model model,
			String[] labels) {
		this.wordIndex = wordIndex;
		this.runTable = new RunTable(runIndex);
		this.idf = idf;
		this.model = model;
		this.labels = labels;
	}

	/**
	 * Learns to tell the labels apart.
	 *
	 * @param texts the examples, normalised as the messages will be
	 * @param labels each example's label, in the same order
	 * @param balanced whether each label weighs as much in training as the others, however few its examples
	 */
	static TextClassifier train(List<String> texts, List<String> labels, boolean balanced) {
		if (texts.size() != labels.size() || texts.isEmpty()) {
			throw new IllegalArgumentException("Need as many labels as texts, and some of each");
		}
		// two passes, counting each text twice, so that no text's counts outlive it: memory stays small
		Map<String, Integer> wordDocs = new HashMap<>();
		Map<String, Integer> runDocs = new HashMap<>();
		for (String text : texts) {
			words(text).keySet().forEach(word -> wordDocs.merge(word, 1, Integer::sum));
			runs(text).keySet().forEach(run -> runDocs.merge(run, 1, Integer::sum));
		}
		Map<String, Integer> wordIndex = index(wordDocs, 1, 0);
		Map<String, Integer> runIndex = index(runDocs, RUN_MIN_EXAMPLES, wordIndex.size());
		double[] idf = new double[wordIndex.size() + runIndex.size()];
		int n = texts.size();
		wordIndex.forEach((word, i) -> idf[i] = Math.log((1.0 + n) / (1.0 + wordDocs.get(word))) + 1);
		runIndex.forEach((run, i) -> idf[i] = Math.log((1.0 + n) / (1.0 + runDocs.get(run))) + 1);

		String[] names = labels.stream().distinct().sorted().toArray(String[]::new);
		Map<String, Integer> labelIds = new HashMap<>();
		for (int i = 0; i < names.length; i++) {
			labelIds.put(names[i], i);
		}
		TextClassifier shell = new TextClassifier(wordIndex, runIndex, idf, null, names);
		Problem problem = new Problem();
		problem.l = n;
		problem.n = idf.length + 1;
		problem.bias = 1;
		problem.x = new Feature[n][];
		problem.y = new double[n];
		for (int i = 0; i < n; i++) {
			problem.x[i] = shell.vector(Counts.of(texts.get(i)));
			problem.y[i] = labelIds.get(labels.get(i));
		}
		Parameter parameter = new Parameter(SolverType.L2R_LR_DUAL, C, STOP_AT);
		if (balanced) {
			weighBalanced(parameter, labels, labelIds, names.length);
		}
		Linear.disableDebugOutput();
		return new TextClassifier(wordIndex, runIndex, idf, Linear.train(problem, parameter), names);
	}

	private static void weighBalanced(Parameter parameter, List<String> labels, Map<String, Integer> labelIds, int count) {
		int[] seen = new int[count];
		labels.forEach(label -> seen[labelIds.get(label)]++);
		double[] weights = new double[count];
		int[] ids = new int[count];
		for (int i = 0; i < count; i++) {
			ids[i] = i;
			weights[i] = (double) labels.size() / (count * seen[i]);
		}
		parameter.setWeights(weights, ids);
	}

	/**
	 * A message's words and word pairs, counted once for any number of classifiers, and its characters with a
	 * space before and after and every space-like character made a space, ready for each classifier to look
	 * up its own letter runs in place.
	 */
	record Counts(Map<String, Integer> words, String spaced) {

		static Counts of(String text) {
			String words = text.strip();
			StringBuilder spaced = new StringBuilder(words.length() + 2).append(' ');
			for (int i = 0; i < words.length(); i++) {
				char c = words.charAt(i);
				spaced.append(isSpace(c) ? ' ' : c);
			}
			return new Counts(TextClassifier.words(text), spaced.append(' ').toString());
		}
	}

	/** A character that {@code \\s} matches: {@link #runs} splits words on these. */
	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == (char) 0x0B || c == '\f' || c == '\r';
	}

	/** Each label's probability for a normalised message, most likely first. */
	Map<String, Double> probabilities(String text) {
		return probabilities(Counts.of(text));
	}

	/** Each label's probability for a message already counted, most likely first. */
	Map<String, Double> probabilities(Counts counts) {
		Feature[] vector = vector(counts);
		double[] estimates = new double[this.labels.length];
		Linear.predictProbability(this.model, vector, estimates);
		int[] order = this.model.getLabels();
		Map<String, Double> byLabel = new TreeMap<>();
		for (int i = 0; i < order.length; i++) {
			byLabel.put(this.labels[order[i]], estimates[i]);
		}
		Map<String, Double> sorted = new LinkedHashMap<>();
		byLabel.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
			.forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
		return sorted;
	}

	/** The most likely label of a normalised message. */
	String best(String text) {
		return best(Counts.of(text));
	}

	/** The most likely label of a message already counted. */
	String best(Counts counts) {
		return probabilities(counts).keySet().iterator().next();
	}

	private Feature[] vector(Counts counts) {
		int[] runIds = runIds(counts.spaced());
		int[] ids = new int[counts.words().size() + runIds.length];
		double[] values = new double[ids.length];
		int used = addUnitLength(counts.words(), this.wordIndex, ids, values, 0);
		used = addUnitLength(runIds, ids, values, used);
		long[] order = new long[used];
		for (int i = 0; i < used; i++) {
			order[i] = ((long) ids[i] << 32) | i;
		}
		Arrays.sort(order);
		Feature[] vector = new Feature[used];
		for (int i = 0; i < used; i++) {
			int at = (int) order[i];
			// liblinear numbers features from one
			vector[i] = new FeatureNode(ids[at] + 1, values[at]);
		}
		return vector;
	}

	/** Puts one kind of feature's tf-idf weights, scaled to unit length, after the {@code from} already there. */
	private int addUnitLength(Map<String, Integer> counts, Map<String, Integer> index, int[] ids, double[] values, int from) {
		int used = from;
		for (Map.Entry<String, Integer> count : counts.entrySet()) {
			Integer i = index.get(count.getKey());
			if (i != null) {
				used = add(i, count.getValue(), ids, values, used);
			}
		}
		scaleToUnitLength(values, from, used);
		return used;
	}

	/**
	 * The numbers of the known letter runs of every word, sorted, a run seen twice listed twice: the same runs
	 * as {@link #runs} counts, found without a string for each.
	 */
	int[] runIds(String spaced) {
		int[] found = new int[16];
		int count = 0;
		int start = 1;
		while (start < spaced.length() - 1) {
			int end = spaced.indexOf(' ', start);
			if (end > start) {
				// the word with its spaces either side, spaced[start - 1, end + 1)
				int padded = end - start + 2;
				for (int length = SHORTEST_RUN; length <= Math.min(LONGEST_RUN, padded); length++) {
					for (int from = start - 1; from + length <= end + 1; from++) {
						int id = this.runTable.id(spaced, from, from + length);
						if (id >= 0) {
							if (count == found.length) {
								found = Arrays.copyOf(found, count * 2);
							}
							found[count++] = id;
						}
					}
				}
			}
			start = end + 1;
		}
		int[] ids = Arrays.copyOf(found, count);
		Arrays.sort(ids);
		return ids;
	}

	/** As {@link #addUnitLength(Map, Map, int[], double[], int)} for letter runs already numbered and sorted. */
	private int addUnitLength(int[] runIds, int[] ids, double[] values, int from) {
		int used = from;
		for (int i = 0; i < runIds.length;) {
			int id = runIds[i];
			int seen = 0;
			while (i < runIds.length && runIds[i] == id) {
				seen++;
				i++;
			}
			used = add(id, seen, ids, values, used);
		}
		scaleToUnitLength(values, from, used);
		return used;
	}

	/** Puts feature {@code id}'s tf-idf weight for {@code count} occurrences at {@code used}; the next free place. */
	private int add(int id, int count, int[] ids, double[] values, int used) {
		ids[used] = id;
		values[used] = (1 + Math.log(count)) * this.idf[id];
		return used + 1;
	}

	/** Scales {@code values[from, to)} to unit length. */
	private static void scaleToUnitLength(double[] values, int from, int to) {
		double squares = 0;
		for (int i = from; i < to; i++) {
			squares += values[i] * values[i];
		}
		double length = Math.sqrt(squares);
		for (int i = from; i < to; i++) {
			values[i] /= length;
		}
	}

	private static Map<String, Integer> index(Map<String, Integer> documents, int minDocuments, int first) {
		String[] kept = documents.entrySet().stream().filter(entry -> entry.getValue() >= minDocuments)
			.map(Map.Entry::getKey).sorted().toArray(String[]::new);
		Map<String, Integer> index = new HashMap<>(kept.length * 2);
		for (int i = 0; i < kept.length; i++) {
			index.put(kept[i], first + i);
		}
		return index;
	}

	/** The words and adjacent word pairs of a message, with their counts. */
	static Map<String, Integer> words(String text) {
		List<String> tokens = new ArrayList<>();
		Matcher matcher = WORD.matcher(text);
		while (matcher.find()) {
			tokens.add(matcher.group());
		}
		Map<String, Integer> counts = new HashMap<>();
		for (int i = 0; i < tokens.size(); i++) {
			counts.merge(tokens.get(i), 1, Integer::sum);
			if (i > 0) {
				counts.merge(tokens.get(i - 1) + " " + tokens.get(i), 1, Integer::sum);
			}
		}
		return counts;
	}

	/** The runs of two to five characters inside each space-separated word, the word padded with a space each side. */
	static Map<String, Integer> runs(String text) {
		Map<String, Integer> counts = new HashMap<>();
		for (String word : SPACE.split(text.strip())) {
			if (word.isEmpty()) {
				continue;
			}
			String padded = " " + word + " ";
			for (int length = SHORTEST_RUN; length <= LONGEST_RUN; length++) {
				if (padded.length() <= length) {
					counts.merge(padded, 1, Integer::sum);
					break;
				}
				for (int start = 0; start + length <= padded.length(); start++) {
					counts.merge(padded.substring(start, start + length), 1, Integer::sum);
				}
			}
		}
		return counts;
	}

	/** The feature number of a known letter run, or -1 (for tests). */
	int runId(String run) {
		return this.runTable.id(run, 0, run.length());
	}

	@Override
	public String toString() {
		return "TextClassifier" + Arrays.toString(this.labels);
	}
}
