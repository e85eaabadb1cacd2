package uk.sosafe.assistant.safety;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.sosafe.assistant.safety.NeighbourVote.Example;

import static org.assertj.core.api.Assertions.assertThat;

/** What the learnt models change in the detector's verdicts, and where their word is not taken. */
class DangerDetectorModelTest {

	private static final NeighbourVote VOTE = NeighbourVote.load(Path.of("content"));

	private static final DangerDetector RULES = new DangerDetector(VOTE);

	private static final DangerDetector WITH_MODEL = new DangerDetector(VOTE, SafetyModel.load(Path.of("content"), VOTE.examples()));

	@Test
	void theModelNamesTheCategoryWhereTheRulesMisreadWhoIsHarmed() {
		String message = "they shouted at my brother for being in a wheelchair and spat on him at the bus stop last week";

		assertThat(RULES.assess(message)).hasValueSatisfying(concern -> assertThat(concern.category()).isEqualTo("child-abuse"));
		assertThat(WITH_MODEL.assess(message)).hasValueSatisfying(concern -> {
			assertThat(concern.category()).isEqualTo("hate-crime");
			assertThat(concern.emergency()).isFalse();
		});
	}

	@Test
	void aNearSureModelMakesAConcernAnEmergency() {
		String message = "man in balaclava trying my back door, im in the bath";

		assertThat(RULES.assess(message)).hasValueSatisfying(concern -> assertThat(concern.emergency()).isFalse());
		assertThat(WITH_MODEL.assess(message)).hasValueSatisfying(concern -> assertThat(concern.emergency()).isTrue());
	}

	@Test
	void theModelRaisesNothingTheRulesDoNotWhereItIsUnsure() {
		for (String message : List.of("what is coercive control", "this meeting is going to be the death of me",
				"i could murder a curry")) {
			assertThat(WITH_MODEL.assess(message)).as(message).isEmpty();
		}
	}

	@Test
	void theModelsWordIsNotTakenForAnIdiomOrAPastEvent() {
		// a model taught that these very words are danger now: the detector's guards still hold
		List<Example> examples = new ArrayList<>();
		for (String message : List.of("this is killing me", "work is killing me", "my back is killing me right now",
				"he was stabbed last year", "she was stabbed in 2019")) {
			examples.add(new Example("violence-or-weapon", true, message));
		}
		examples.add(new Example("none", false, "what time does the library open"));
		examples.add(new Example("none", false, "how do i report a pothole"));
		DangerDetector taught = new DangerDetector(VOTE, SafetyModel.learn(examples, message -> true));

		assertThat(taught.assess("this heat is killing me")).isEmpty();
		assertThat(taught.assess("my uncle was stabbed last year").filter(Concern::emergency)).isEmpty();
		assertThat(taught.assess("my uncle is being stabbed right now")).hasValueSatisfying(concern -> assertThat(concern.emergency()).isTrue());
	}
}
