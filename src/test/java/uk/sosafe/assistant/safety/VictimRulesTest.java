package uk.sosafe.assistant.safety;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who is harmed, and by whom, decides the category once a message is known to tell of harm. Each row gives
 * the category the signals or the vote proposed, the message (normalised as the detector sees it) and the
 * category it should end in.
 */
class VictimRulesTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			// a parent or step-parent hurting a child, whatever else the words suggest
			"domestic-abuse|my 8 year old niece says her da hits her with a belt|child-abuse",
			"violence-or-weapon|the wean upstairs is screaming and his mam says she'll break his arm|child-abuse",
			// ... but a child telling of a parent hurting the other parent is domestic abuse
			"domestic-abuse|im 11 and my dad is hitting my mum in the hall|domestic-abuse",
			// carers and family harming an adult who depends on them
			"domestic-abuse|the carer who minds my grandma pushed her and took her walking frame|adult-at-risk",
			// ... not when a group in the street does it
			"violence-or-weapon|a gang of lads are pushing an old man about at the bus stop|violence-or-weapon",
			// an ex who watches and turns up, without hurting or breaching an order
			"domestic-abuse|my ex keeps turning up outside my work and watching me|stalking-harassment",
			"domestic-abuse|my ex is outside and there's a non-molestation order|domestic-abuse",
			"domestic-abuse|my ex is outside screaming he will kill me|domestic-abuse",
			// prejudice from others is hate crime, even when a partner is the one hurt
			"domestic-abuse|two lads punched my boyfriend for holding my hand|hate-crime",
			"domestic-abuse|a man on the bus pulled a woman's headscarf off and is still shouting|hate-crime",
			// drugs kept or sold in a home by others
			"domestic-abuse|they're in the living room weighing stuff and won't let me go out|cuckooing",
			"violence-or-weapon|the men in his flat have a knife and won't let him out of his bedroom|cuckooing",
			// two or more signs of forced labour
			"domestic-abuse|the gaffer took our passports and we have not been paid for months|modern-slavery" })
	void whoIsHarmedDecidesTheCategory(String proposed, String message, String expected) {
		assertThat(VictimRules.refine(proposed, message)).isEqualTo(expected);
	}
}
