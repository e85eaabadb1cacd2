package uk.sosafe.assistant.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the labelled message sets in src/test/resources/eval/{tuning,heldout}. */
final class LabelledSets {

	static final Path ROOT = Path.of("src/test/resources/eval");

	private LabelledSets() {
	}

	record Topic(String articleId, String message) {
	}

	record Danger(String category, boolean emergency, String message) {
	}

	record Other(String expected, String message) {
	}

	static List<Topic> topics(String set) {
		return rows(set, "topics.tsv", 2).stream().map(row -> new Topic(row[0], row[1])).toList();
	}

	static List<Danger> danger(String set) {
		return rows(set, "danger.tsv", 3).stream().map(row -> new Danger(row[0], Boolean.parseBoolean(row[1]), row[2])).toList();
	}

	static List<Other> other(String set) {
		return rows(set, "other.tsv", 2).stream().map(row -> new Other(row[0], row[1])).toList();
	}

	private static List<String[]> rows(String set, String file, int columns) {
		Path path = ROOT.resolve(set).resolve(file);
		if (!Files.exists(path)) {
			return List.of();
		}
		try {
			List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
			List<String[]> rows = new ArrayList<>();
			for (String line : lines.subList(1, lines.size())) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] row = line.split("\t", columns);
				if (row.length != columns) {
					throw new IllegalStateException(set + "/" + file + ": expected " + columns + " columns in: " + line);
				}
				rows.add(row);
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
