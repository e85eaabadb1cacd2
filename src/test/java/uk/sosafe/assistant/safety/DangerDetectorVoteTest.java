package uk.sosafe.assistant.safety;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The detector with the shipped examples' vote: where the vote may raise a concern and where it may not. */
class DangerDetectorVoteTest {

	private static final DangerDetector DETECTOR = new DangerDetector(NeighbourVote.load(Path.of("content")));

	@ParameterizedTest
	@ValueSource(strings = { "CCTV near the shops", "drugs in the park", "more police patrols in the town centre",
			"not enough bobbies on the beat", "Street lighting on the cycle path" })
	void shortSurveyStylePhrasesRaiseNothing(String message) {
		assertThat(DETECTOR.assess(message)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "stop messaging me", "pls stop sending me these", "leave me alone, i dont want any more surveys",
			"STOP" })
	void askingTheAssistantToStopIsNotADisclosure(String message) {
		assertThat(DETECTOR.assess(message)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "stop my ex messaging me, he keeps following me home and sends 50 texts a day|stalking-harassment",
			"stop him messaging me, he keeps turning up at my work|stalking-harassment" })
	void someoneElseWhoWillNotStopIsStillRaised(String message, String category) {
		assertThat(DETECTOR.assess(message)).hasValueSatisfying(concern -> assertThat(concern.category()).isEqualTo(category));
	}

	@ParameterizedTest
	@ValueSource(strings = { "swallowed the whole packet", "man stabbed outside tesco", "fire in the stairwell help" })
	void shortPhrasesWithAnEventStillCount(String message) {
		assertThat(DETECTOR.assess(message)).hasValueSatisfying(concern -> assertThat(concern.emergency()).isTrue());
	}

	@ParameterizedTest
	@ValueSource(strings = { "report homophobic abuse where", "report racist abuse anonymously",
			"someone smashed my shed window last month and took the mower, is it 101 or online" })
	void askingHowOrWhereToReportIsAQuestion(String message) {
		assertThat(DETECTOR.assess(message)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "we shot some great photos at the lakes", "my husband hit the jackpot on the scratchcards",
			"im going to drown in paperwork", "i'm going to drown in emails today lol",
			"my son is killing it at his football this season", "ive been dying to try the new cafe in the old town" })
	void everydayPhrasesLeaveNothingForTheVote(String message) {
		assertThat(DETECTOR.assess(message)).isEmpty();
	}

	@Test
	void aPastEventIsNotAnEmergencyEvenWhenTheVoteFindsOne() {
		assertThat(DETECTOR.assess("my grandad fought in the war and was shot in the leg").filter(Concern::emergency)).isEmpty();
	}

	@Test
	void somethingThatBeganInThePastAndGoesOnStaysUrgent() {
		assertThat(DETECTOR.assess("a toddler has been left alone in the flat next door since last night, i can hear him crying"))
			.hasValueSatisfying(concern -> assertThat(concern.emergency()).isTrue());
	}
}
