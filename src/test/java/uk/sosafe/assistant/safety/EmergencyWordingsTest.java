package uk.sosafe.assistant.safety;

import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Danger now, worded in many ways, is always an emergency (the signals and the vote together, as shipped). */
class EmergencyWordingsTest {

	private static final DangerDetector DETECTOR = new DangerDetector(NeighbourVote.load(Path.of("content")));

	@ParameterizedTest
	@ValueSource(strings = {
			"someone just got stabbed outside the kebab shop and hes bleeding on the pavement",
			"my boyfriend is throwing me around the living room, i got away into the toilet",
			"hes got his hands round my neck i cant breathe properly",
			"i have the rope ready and i am going to do it now",
			"i just drank a bottle of vodka with all my sleeping pills",
			"my husband is clutching his chest and can't talk",
			"baby isnt breathing properly and is floppy",
			"my daughter is 8 and she didnt come out of school, nobody knows where she is",
			"a man says hes from the bank and is waiting outside in a car for my card right now",
			"theyre telling me on the phone to buy gift cards and read the numbers out now",
			"there are two men fighting with knives on the green right now",
			"my neighbours house is on fire and i think someone is inside",
			"the man who has been stalking me is in my garden right now",
			"i can hear the neighbour beating her kids again right now they are screaming",
			"a man is following me and grabbed me, im hiding in a shop",
			"the dealers have come back to my flat and are threatening to stab me if i dont open the door",
			"my son rang crying saying the men wont let him leave a flat in luton and took his phone",
			"a girl knocked on my door saying she escaped from men who keep her locked up, they are looking for her",
			"gunshots just now outside my house",
			"im standing on the edge of the multi storey car park"
	})
	void dangerNowIsAlwaysAnEmergency(String message) {
		assertThat(DETECTOR.assess(message)).hasValueSatisfying(concern -> assertThat(concern.emergency()).isTrue());
	}
}
