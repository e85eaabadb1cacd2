package uk.sosafe.assistant.privacy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TextScrubberTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "call me on 07700 900123 please|call me on [number] please",
			"my number is +44 7700 900123|my number is [number]", "email jo.bloggs@example.co.uk now|email [email] now",
			"see https://evil.example/x?y=1 ok|see [link] ok", "I live at SG1 1AA|I live at [postcode]",
			"my name is jordan and i need help|my name is [name] and i need help",
			"my neighbour Gary Smith is dealing|my neighbour [name] [name] is dealing",
			"they live at 12 elm tree road near me|they live at [address] near me",
			"dealing outside 4 Six Hills Way daily|dealing outside [address] daily",
			"message @jay_smith99 on insta|message [handle] on insta",
			"Gary Smith keeps shouting at us|[name] [name] keeps shouting at us" })
	void personalDetailsAreRemoved(String text, String scrubbed) {
		assertThat(TextScrubber.scrub(text)).isEqualTo(scrubbed);
	}

	@Test
	void wardNamesAndCountedThingsStay() {
		assertThat(TextScrubber.scrub("Kids ride bikes in Pin Green and Bedwell, 2 kids walk past"))
			.isEqualTo("Kids ride bikes in Pin Green and Bedwell, 2 kids walk past");
	}

	@Test
	void placesAndOrdinaryWordsStay() {
		assertThat(TextScrubber.scrub("When is the pool in Stevenage open on Sunday?"))
			.isEqualTo("When is the pool in Stevenage open on Sunday?");
	}
}
