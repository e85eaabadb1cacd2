package uk.sosafe.assistant.safety;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A writer who gives an age under 18 or a school year is a young person; times, distances and adults are not. */
class YoungWriterTest {

	@ParameterizedTest
	@ValueSource(strings = { "im 14 and my stepdad hits me", "I'm 13 years old and scared", "i am only 15",
			"I’m 16yo and my boyfriend controls my phone", "aged 12, mum's boyfriend shouts at us", "im in year 9 and someone at school threatens me",
			"I am 17 yrs old" })
	void youngWriters(String text) {
		assertThat(YoungWriter.isYoung(text)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "im 45 and my husband hits me", "i'm 10 minutes from home and he is following me",
			"im 5 mins away", "I am 16:30 at the station", "im 12 miles out", "I'm 14k in debt to a loan shark",
			"my son is 14 and has new trainers", "I'm at flat 12", "", "im 2 and a half hours late" })
	void notYoungWriters(String text) {
		assertThat(YoungWriter.isYoung(text)).isFalse();
	}
}
