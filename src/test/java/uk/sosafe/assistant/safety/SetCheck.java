package uk.sosafe.assistant.safety;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Scores the shipped detector on one danger file (a fresh set before it joins the examples). A tool, not a test. */
public final class SetCheck {

	private SetCheck() {
	}

	public static void main(String[] args) throws Exception {
		DangerDetector detector = new DangerDetector(NeighbourVote.load(Path.of("content")));
		List<String> lines = Files.readAllLines(Path.of(args[0]));
		int n = 0, flagged = 0, em = 0, emRight = 0, cat = 0;
		for (String line : lines.subList(1, lines.size())) {
			String[] row = line.split("\t", 3);
			var verdict = detector.assess(row[2]);
			n++;
			flagged += verdict.isPresent() ? 1 : 0;
			cat += verdict.filter(c -> c.category().equals(row[0])).isPresent() ? 1 : 0;
			if (Boolean.parseBoolean(row[1])) {
				em++;
				emRight += verdict.filter(Concern::emergency).isPresent() ? 1 : 0;
				if (args.length > 1 && verdict.filter(Concern::emergency).isEmpty()) {
					System.out.println("MISS " + row[0] + " got " + verdict + " :: " + row[2]);
				}
			}
		}
		System.out.printf("flagged %d/%d, emergencies %d/%d, category %d/%d%n", flagged, n, emRight, em, cat, flagged);
	}
}
