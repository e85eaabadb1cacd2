package uk.sosafe.assistant.safety;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import uk.sosafe.assistant.safety.NeighbourVote.Example;

import static org.assertj.core.api.Assertions.assertThat;

/** The models learnt from the shipped content, on messages written for this test (none of them is in the content). */
class SafetyModelTest {

	private static final Path CONTENT = Path.of("content");

	private static NeighbourVote vote;

	private static SafetyModel model;

	@BeforeAll
	static void learn() {
		vote = NeighbourVote.load(CONTENT);
		model = SafetyModel.load(CONTENT, vote.examples());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"they shouted at my brother for being in a wheelchair and spat on him at the bus stop last week|hate-crime",
			"the carer who does my nans shopping keeps her bank card and wont give it back|adult-at-risk",
			"a lad at college keeps messaging my daughter telling her to hold a bag for him and she gets money|child-exploitation",
			"my step dad hits my little brother with a belt, he is 7|child-abuse",
			"my ex keeps parking outside my work and texting me what i was wearing|stalking-harassment" })
	void namesWhoIsHarmedHowAndByWhom(String message, String category) {
		assertThat(model.category(SafetyText.normalise(message))).isEqualTo(category);
	}

	@ParameterizedTest
	@ValueSource(strings = { "man in balaclava trying my back door, im in the bath",
			"my sister took all her tablets about ten mins ago and shes gone sleepy" })
	void isNearSureOfDangerNow(String message) {
		assertThat(model.emergencyChance(SafetyText.normalise(message))).isGreaterThanOrEqualTo(0.8);
	}

	@ParameterizedTest
	@ValueSource(strings = { "what is coercive control", "this meeting is going to be the death of me",
			"my neighbours lad was stabbed last year, is knife crime getting worse round here", "i could murder a curry" })
	void isNotNearSureOfDangerInQuestionsAndIdioms(String message) {
		assertThat(model.emergencyChance(SafetyText.normalise(message))).isLessThan(0.8);
	}

	@Test
	void isLearntOnceForTheSameExamples() {
		assertThat(SafetyModel.load(CONTENT, vote.examples())).isSameAs(model);
	}

	@Test
	void learnsOnlyTheExamplesKept() {
		List<Example> examples = List.of(new Example("cuckooing", false, "dealers have taken over my flat"),
				new Example("cuckooing", false, "a gang is selling drugs from my home"),
				new Example("hate-crime", false, "they called me a racist name and spat at me"),
				new Example("hate-crime", false, "abused for my religion in the street"),
				new Example("none", false, "what time does the library open"));

		SafetyModel all = SafetyModel.learn(examples, message -> true);
		SafetyModel withoutHate = SafetyModel.learn(examples, message -> !message.contains("racist") && !message.contains("religion"));

		assertThat(all.category("they spat at me because of my religion")).isEqualTo("hate-crime");
		assertThat(withoutHate.category("they spat at me because of my religion")).isEqualTo("cuckooing");
	}
}
