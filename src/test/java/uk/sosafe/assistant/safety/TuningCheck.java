package uk.sosafe.assistant.safety;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * Scores the safety check on the tuning sets' danger messages and negative controls (never the held-out
 * set), leaving each message's own example out of the vote, and prints the misses of the sets named.
 * A tool, not a test: {@code TuningCheck tuning5}.
 */
public final class TuningCheck {

	private TuningCheck() {
	}

	public static void main(String[] args) throws Exception {
		NeighbourVote vote = NeighbourVote.load(Path.of("content"));
		List<NeighbourVote.Example> examples = vote.examples();
		List<NeighbourVote.Example> labelled = SafetyModel.examples(Path.of("content"), examples);
		List<String> show = List.of(args);
		List<String> sets;
		try (var folders = Files.list(Path.of("src/test/resources/eval"))) {
			// every tuning set, in the order they were written (tuning, tuning2, ... tuning10)
			sets = folders.map(folder -> folder.getFileName().toString())
				.filter(name -> name.startsWith("tuning"))
				.sorted(java.util.Comparator.comparingInt(String::length).thenComparing(java.util.Comparator.naturalOrder()))
				.toList();
		}
		for (String set : sets) {
			Path folder = Path.of("src/test/resources/eval", set);
			// the learnt models are learnt without this set's messages, so they are measured on text they have not seen
			java.util.Set<String> own = new java.util.HashSet<>();
			rows(folder.resolve("danger.tsv"), 3).forEach(row -> own.add(row[2].strip().toLowerCase(java.util.Locale.ROOT)));
			for (String file : List.of("other.tsv", "topics.tsv")) {
				rows(folder.resolve(file), 2).forEach(row -> own.add(row[1].strip().toLowerCase(java.util.Locale.ROOT)));
			}
			DangerDetector detector = new DangerDetector(vote, SafetyModel.learn(labelled,
					message -> !own.contains(message.strip().toLowerCase(java.util.Locale.ROOT))));
			int n = 0, flagged = 0, em = 0, emRight = 0, cat = 0, neg = 0, falseFlag = 0, falseEm = 0;
			List<String> misses = new ArrayList<>();
			for (String[] row : rows(folder.resolve("danger.tsv"), 3)) {
				Optional<Concern> verdict = detector.assess(row[2], self(examples, row[2]));
				n++;
				flagged += verdict.isPresent() ? 1 : 0;
				boolean catRight = verdict.filter(c -> c.category().equals(row[0])).isPresent();
				cat += catRight ? 1 : 0;
				boolean emergency = Boolean.parseBoolean(row[1]);
				if (emergency) {
					em++;
					emRight += verdict.filter(Concern::emergency).isPresent() ? 1 : 0;
				}
				if (!catRight || (emergency && verdict.filter(Concern::emergency).isEmpty())) {
					misses.add("DANGER " + row[0] + "/" + row[1] + " got " + verdict.orElse(null) + " :: " + row[2]);
				}
			}
			List<String[]> negatives = new ArrayList<>();
			for (String file : List.of("safe.tsv", "other.tsv", "topics.tsv")) {
				negatives.addAll(rows(folder.resolve(file), 2));
			}
			for (String[] row : negatives) {
				Optional<Concern> verdict = detector.assess(row[1], self(examples, row[1]));
				neg++;
				falseFlag += verdict.isPresent() ? 1 : 0;
				falseEm += verdict.filter(Concern::emergency).isPresent() ? 1 : 0;
				if (verdict.isPresent()) {
					misses.add("FALSE " + row[0] + " got " + verdict.get() + " :: " + row[1]);
				}
			}
			System.out.printf("%s: flagged %d/%d, emergencies %d/%d, category %d/%d, false %d/%d, false emergencies %d%n",
					set, flagged, n, emRight, em, cat, flagged, falseFlag, neg, falseEm);
			if (show.contains(set)) {
				misses.forEach(System.out::println);
			}
		}
	}

	private static IntPredicate self(List<NeighbourVote.Example> examples, String message) {
		return doc -> examples.get(doc).message().equalsIgnoreCase(message);
	}

	private static List<String[]> rows(Path file, int columns) throws Exception {
		List<String[]> rows = new ArrayList<>();
		if (!Files.exists(file)) {
			return rows;
		}
		List<String> lines = Files.readAllLines(file);
		for (String line : lines.subList(1, lines.size())) {
			if (!line.isBlank() && !line.startsWith("#")) {
				rows.add(line.split("\t", columns));
			}
		}
		return rows;
	}
}
