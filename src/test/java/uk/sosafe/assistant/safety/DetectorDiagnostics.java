package uk.sosafe.assistant.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Prints the detector's verdict on every message of a labelled set where it differs from the label,
 * for study on the tuning set only. A tool, not a test.
 */
public final class DetectorDiagnostics {

	private DetectorDiagnostics() {
	}

	public static void main(String[] args) throws IOException {
		String set = args.length > 0 ? args[0] : "tuning";
		Path folder = Path.of("src/test/resources/eval", set);
		DangerDetector detector = new DangerDetector();
		int wrong = 0;
		for (String line : lines(folder.resolve("danger.tsv"))) {
			String[] row = line.split("\t", 3);
			var verdict = detector.assess(row[2]);
			String got = verdict.map(c -> c.category() + "/" + c.emergency()).orElse("none");
			if (!got.equals(row[0] + "/" + row[1])) {
				wrong++;
				System.out.println("DANGER want " + row[0] + "/" + row[1] + " got " + got + " :: " + row[2]);
			}
		}
		for (String file : List.of("topics.tsv", "other.tsv", "safe.tsv")) {
			if (!Files.exists(folder.resolve(file))) {
				continue;
			}
			for (String line : lines(folder.resolve(file))) {
				String[] row = line.split("\t", 2);
				var verdict = detector.assess(row[1]);
				if (verdict.isPresent()) {
					wrong++;
					System.out.println("FALSE " + verdict.get() + " :: " + row[1]);
				}
			}
		}
		System.out.println(wrong + " differences");
	}

	private static List<String> lines(Path file) throws IOException {
		List<String> lines = Files.readAllLines(file);
		return lines.subList(1, lines.size()).stream().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
	}
}
