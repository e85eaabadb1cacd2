package uk.sosafe.assistant.safety;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Leave-one-out check of the neighbour vote combined with the phrase signals, over the examples in
 * content/safety/examples.tsv: each example is judged without itself. A tool, not a test.
 */
public final class VoteDiagnostics {

	private VoteDiagnostics() {
	}

	public static void main(String[] args) throws java.io.IOException {
		NeighbourVote vote = NeighbourVote.load(Path.of("content"));
		DangerDetector detector = new DangerDetector(vote);
		long labelled = java.nio.file.Files.readAllLines(Path.of("content/safety/examples.tsv")).stream()
			.filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("label\t")).count();
		List<NeighbourVote.Example> examples = vote.examples().subList(0, (int) labelled);
		int danger = 0, flagged = 0, emergencies = 0, emergencyRight = 0, categoryRight = 0, safe = 0, falseFlags = 0,
				falseEmergencies = 0;
		for (int i = 0; i < examples.size(); i++) {
			NeighbourVote.Example example = examples.get(i);
			int self = i;
			var verdict = detector.assess(example.message(), doc -> doc == self);
			if (example.danger()) {
				danger++;
				flagged += verdict.isPresent() ? 1 : 0;
				categoryRight += verdict.filter(c -> c.category().equals(example.label())).isPresent() ? 1 : 0;
				if (example.emergency()) {
					emergencies++;
					emergencyRight += verdict.filter(Concern::emergency).isPresent() ? 1 : 0;
				}
				if (args.length > 1 && verdict.isPresent() && !verdict.get().category().equals(example.label())) {
					System.out.println("CONFUSION " + example.label() + " -> " + verdict.get().category() + " :: " + example.message());
				}
				if (args.length == 1 && (verdict.isEmpty() || example.emergency() != verdict.get().emergency())) {
					System.out.println("MISS " + example.label() + "/" + example.emergency() + " got " + verdict + " :: "
							+ example.message());
				}
			}
			else {
				safe++;
				falseFlags += verdict.isPresent() ? 1 : 0;
				falseEmergencies += verdict.filter(Concern::emergency).isPresent() ? 1 : 0;
				if (args.length == 1 && verdict.isPresent()) {
					System.out.println("FALSE " + verdict.get() + " :: " + example.message());
				}
			}
		}
		System.out.printf(Locale.ROOT, "disclosure recall %d/%d, emergency recall %d/%d, category %d/%d, false %d/%d, "
				+ "false emergencies %d/%d%n", flagged, danger, emergencyRight, emergencies, categoryRight, flagged, falseFlags,
				safe, falseEmergencies, safe);
	}
}
