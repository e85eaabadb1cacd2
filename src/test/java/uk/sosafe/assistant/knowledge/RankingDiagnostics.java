package uk.sosafe.assistant.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Prints, for each tuning question, the best article and its confidence, so the ranking and the
 * threshold can be studied on the tuning set only. Run with
 * {@code ./mvnw -q test-compile exec:java} or from an IDE; it is a tool, not a test.
 */
public final class RankingDiagnostics {

	private RankingDiagnostics() {
	}

	public static void main(String[] args) throws IOException {
		ArticleIndex index = ArticleIndex.build(Content.load(Path.of("content")));
		String set = args.length > 0 ? args[0] : "tuning";
		Path folder = Path.of("src/test/resources/eval", set);
		for (String line : lines(folder.resolve("topics.tsv"))) {
			String[] row = line.split("\t", 2);
			print(index, row[0], row[1]);
		}
		for (String line : lines(folder.resolve("other.tsv"))) {
			String[] row = line.split("\t", 2);
			print(index, "~" + row[0], row[1]);
		}
	}

	private static void print(ArticleIndex index, String expected, String message) {
		var answer = index.search(message);
		String got = answer.map(a -> a.article().id()).orElse("-");
		double confidence = answer.map(Answer::confidence).orElse(0.0);
		String mark = got.equals(expected) ? "OK " : "XX ";
		System.out.printf(Locale.ROOT, "%s%.3f\t%s\t%s\t%s%n", mark, confidence, expected, got,
				message.length() > 90 ? message.substring(0, 90) : message);
	}

	private static List<String> lines(Path file) throws IOException {
		List<String> lines = Files.readAllLines(file);
		return lines.subList(1, lines.size()).stream().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
	}
}
