package uk.sosafe.assistant.safety;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;

/** Scratch: prints the detector's verdict for each line of stdin. Not committed. */
public final class Probe {
	public static void main(String[] args) throws Exception {
		NeighbourVote vote = NeighbourVote.load(Path.of("content"));
		DangerDetector detector = new DangerDetector(vote);
		DangerDetector signals = new DangerDetector();
		BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
		for (String line; (line = in.readLine()) != null;) {
			System.out.println(detector.assess(line).map(Object::toString).orElse("-") + " | signals " + signals.assess(line)
					+ " | vote " + vote.voteOnNormalised(SafetyText.normalise(line), d -> false) + " | q=" + Framing.question(SafetyText.normalise(line))
					+ " :: " + line);
		}
	}
}
