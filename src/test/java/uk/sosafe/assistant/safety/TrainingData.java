package uk.sosafe.assistant.safety;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes {@code content/safety/training.tsv} from the tuning sets: their danger messages with label and
 * urgency, then their everyday messages as "none". Messages already in examples.tsv, and any message
 * of the held-out set, are left out. A tool, not a test: run it after adding a tuning set, then
 * re-measure with {@link TuningCheck}.
 */
public final class TrainingData {

	private static final Path EVAL = Path.of("src/test/resources/eval");

	private TrainingData() {
	}

	public static void main(String[] args) throws Exception {
		Set<String> seen = new HashSet<>();
		for (String file : List.of("danger.tsv", "other.tsv", "topics.tsv")) {
			rows(EVAL.resolve("heldout").resolve(file)).forEach(row -> seen.add(key(row[row.length - 1])));
		}
		NeighbourVote.read(Path.of("content/safety/examples.tsv")).forEach(example -> seen.add(key(example.message())));
		List<String> sets;
		try (var folders = Files.list(EVAL)) {
			sets = folders.map(folder -> folder.getFileName().toString())
				.filter(name -> name.startsWith("tuning"))
				.sorted(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()))
				.toList();
		}
		List<String> danger = new ArrayList<>();
		List<String> ordinary = new ArrayList<>();
		for (String set : sets) {
			for (String[] row : rows(EVAL.resolve(set).resolve("danger.tsv"))) {
				if (row.length == 3 && seen.add(key(row[2]))) {
					danger.add(row[0] + "\t" + row[1] + "\t" + row[2].strip());
				}
			}
		}
		for (String set : sets) {
			for (String file : List.of("other.tsv", "topics.tsv")) {
				for (String[] row : rows(EVAL.resolve(set).resolve(file))) {
					if (row.length == 2 && !row[1].isBlank() && seen.add(key(row[1]))) {
						ordinary.add("none\tfalse\t" + row[1].strip());
					}
				}
			}
		}
		List<String> lines = new ArrayList<>(List.of(
				"# Labelled messages the safety check's learnt models learn from, beside the examples in examples.tsv (which the",
				"# vote also uses): label (a disclosure category from the contract list, or none), emergency (true/false), message.",
				"# Written by TrainingData (src/test/java) from the tuning message sets (src/test/resources/eval/tuning*): their",
				"# danger messages, then their everyday ones (questions, look-alikes that use danger words innocently, chat).",
				"# No message of the held-out set is here. The category is who is harmed, how and by whom.",
				"label\temergency\tmessage"));
		lines.addAll(danger);
		lines.addAll(ordinary);
		Files.write(Path.of("content/safety/training.tsv"), lines, StandardCharsets.UTF_8);
		System.out.printf("%d danger and %d everyday messages from %d sets%n", danger.size(), ordinary.size(), sets.size());
	}

	private static String key(String message) {
		return message.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	private static List<String[]> rows(Path file) throws Exception {
		List<String[]> rows = new ArrayList<>();
		if (!Files.exists(file)) {
			return rows;
		}
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
			if (!line.isBlank() && !line.startsWith("#")) {
				rows.add(line.split("\t", line.startsWith("#") ? 1 : (file.getFileName().toString().equals("danger.tsv") ? 3 : 2)));
			}
		}
		return rows;
	}
}
