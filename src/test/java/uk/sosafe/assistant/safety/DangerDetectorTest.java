package uk.sosafe.assistant.safety;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** How the detector reads framing; the labelled sets measure it at scale. */
class DangerDetectorTest {

	private final DangerDetector detector = new DangerDetector();

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "he is punching me and i cant get out of the room|domestic-abuse",
			"i want to kill myself tonight|self-harm", "my flatmate is on the floor and not breathing|medical-emergency",
			"a man with a knife is outside the school gates|violence-or-weapon",
			"my 6 year old has gone missing at the fair|missing-person",
			"the bank said stay on the line, the courier is on his way to collect my card|fraud-in-progress",
			"my ex has a restraining order and he is at my door right now|domestic-abuse",
			"my uncle is beating my little sister right now|child-abuse",
			"dad has a crushing pain in his chest and he is grey and sweating|medical-emergency",
			"my nans face has gone droopy on one side|medical-emergency",
			"i can't talk long, he's downstairs and he'll hear me|domestic-abuse",
			"im messaging from under the bed, hes going through the drawers looking for me|domestic-abuse",
			"a man at the bus stop is trying to drag my sister into his van|violence-or-weapon",
			"my friend sent a goodbye text and said she is going up to the top of the car park|self-harm",
			"the roofer says my dad has to pay 2000 cash today and is waiting while he gets the money|fraud-in-progress",
			"a lad outside the chippy with what looks like a machete|violence-or-weapon",
			"the man across the road is smacking his little boy in the garden again|child-abuse",
			"someone is trying to get in through the kitchen window, im upstairs|other",
			"a gang are kicking a lad on the floor outside the mosque and shouting go back to your country|hate-crime",
			"i've cut really deep on my arm this time|self-harm",
			"my drink got spiked and i'm still at the club, i feel really dizzy|sexual-violence",
			"there's a little boy on his own by the main road, no grown up anywhere|missing-person",
			"i'm on a call now with a man from hmrc who says i'll be arrested today unless i pay|fraud-in-progress",
			"two builders are taking my mum to the cash machine for the roof money|fraud-in-progress",
			"my stepdad is hitting my little brother again and im 11|child-abuse",
			"my grandad is being driven to lloyds by a man who says he is a detective|fraud-in-progress",
			"i'm sat here with a box of tablets and i'm done|self-harm",
			"i can hear the woman next door being slammed against the wall|violence-or-weapon",
			"a cyclist knocked an old man over and he is lying in the road|medical-emergency",
			"my nephew was taken out of town by the gang on friday and hasnt been heard of since|missing-person",
			"if he shares those photos i would rather die|self-harm",
			"is thirty tablets enough, got them next to me|self-harm",
			"my grandma is at the counter in the branch taking out 5000 as we speak, the police told her to|fraud-in-progress",
			"a lady who says she's from my bank is at my door now asking for my card|fraud-in-progress",
			"a fire in the bins behind our block and it's spreading to the fences|other",
			"three lads in balaclavas nicking the wheels off my van this minute|other",
			"the neighbour has left her two babies home alone since this morning and they're screaming now|child-abuse",
			"some bloke is dragging my friend into the bedroom at this house party and she's too drunk to stand|sexual-violence",
			"my son is 12 and he's in a car with some older men right now, he won't answer|child-exploitation",
			"my sister went out last night and never came back, she is 14|missing-person",
			"my ex posted that he'll be waiting for me outside work at 5|stalking-harassment",
			"how do i report hate crime, cos there's a gang outside our flat right now shouting about sending us home|hate-crime",
			"my uncle is in the garden swinging what appears to be a sword at the fence|violence-or-weapon",
			"my wife went to the shops this morning and hasn't come home, she is diabetic and left her insulin|missing-person",
			"a dog is attacking a little boy on the green and nobody can get it off|other",
			"some kids are on the railway tracks near the bridge and a train is due|other",
			"the man on whatsapp says he's my daughter, my dad just sent 300 and now he wants more|fraud-in-progress",
			"i can hear someone in the kitchen going through the cupboards and i'm on my own|other",
			"is 20 enough, i've taken 20 paracetamol already|self-harm",
			"hes comin up the stairs wiv a knife|violence-or-weapon",
			"my husband says when he finishes work he is going to kill me|domestic-abuse",
			"he is going to hurt me at 6 when he gets in, i'm scared|domestic-abuse" })
	void dangerNowIsAnEmergencyInTheRightCategory(String message, String category) {
		assertThat(this.detector.assess(message)).contains(new Concern(category, true));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "my boyfriend controls my money and wont let me see my friends|domestic-abuse",
			"some older lads say my 13 year old owes them and has to carry bags for them|child-exploitation",
			"a gang has moved into my neighbours flat and they deal from it|cuckooing",
			"i was raped by my date a few months ago|sexual-violence",
			"my boss keeps my passport and i get no wages, only food|modern-slavery",
			"people spat at me in the street because i am muslim|hate-crime",
			"i have been self harming for a while|self-harm",
			"a stranger on the train kept groping me and nobody did anything|sexual-violence",
			"a man at the gym forced me to have sex with him after a lift home last month|sexual-violence",
			"my nans carer keeps taking money out of her purse and using her card|adult-at-risk",
			"a man i'd never met hit me with a bottle outside a bar last month, i needed stitches|violence-or-weapon",
			"my mum's new partner comes into my room at night and touches me|child-abuse",
			"my grandson's stepmum pinches him and locks him in his room|child-abuse",
			"when i was 8 my dad used to burn my hands on the cooker|child-abuse",
			"the lads at the farm say the gangmaster has our passports and we get no pay|modern-slavery",
			"i got scammed out of my savings by a fake investment advisor|fraud-in-progress",
			"my 14 year old has a 22 year old boyfriend who buys her vapes and a phone|child-exploitation",
			"a lad in my daughter's class told the teacher his stepmum hits him with a slipper|child-abuse",
			"the carer who comes in the mornings shouts at my grandad and took his walking frame away|adult-at-risk",
			"my ex messages me from new accounts every week and was parked outside my work again|stalking-harassment",
			"my sister says her brother in law cuts himself and has stockpiled his tablets|self-harm" })
	void aDisclosureIsNotAnEmergencyButIsRaised(String message, String category) {
		assertThat(this.detector.assess(message)).contains(new Concern(category, false));
	}

	@ParameterizedTest
	@ValueSource(strings = { "i'm dying to know how the new bus lane works", "found a killer deal on a used car",
			"my son would die of embarrassment if i sang at his wedding", "the kids' party was a bomb",
			"the council is bleeding us dry with parking fines", "our team got knocked out of the cup again",
			"who do i call about a dead badger lying in the road",
			"cut my thumb opening a tin of beans", "lost my keys again, third time this month",
			"my wife is going to kill me, i'm late for tea", "what a knockout in the second round",
			"i'm going to drown in paperwork this week", "my phone is about to die, will text later",
			"that horror film nearly gave me a heart attack", "robbed at the garage with those prices",
			"my cousin has a knife sharpening stall at the market", "this queue is murder", "my phone died again",
			"my nan will kill me if i'm late for tea lol", "had an overdose of chocolate at easter" })
	void dangerWordsUsedInnocentlyRaiseNothing(String message) {
		assertThat(this.detector.assess(message)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "what should i do if someone has a knife", "what if i can't speak when i call 999",
			"how can you tell if someone is being followed", "is it abuse if a partner checks your phone?",
			"what are the signs someone's flat has been taken over", "a scam caller rang yesterday, i hung up, what now?" })
	void hypotheticalAndGeneralQuestionsAreQuestions(String message) {
		assertThat(this.detector.assess(message)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "is it stalking if my ex keeps texting? it has gone on since the spring",
			"could you explain whether a warning is still needed before they take a scooter away?",
			"what's the number for rape crisis?" })
	void aQuestionWithNothingTellingOfNowIsStillAQuestion(String message) {
		assertThat(this.detector.assess(message)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "my husband has never hit me", "he doesn't hit me" })
	void negatedHarmIsNotHarm(String message) {
		assertThat(this.detector.assess(message)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "someone has been following me home, what can i do?",
			"my neighbour keeps shouting racist things, where do i report it?" })
	void aWorryAskedAsAQuestionGoesToTheKnowledgeBase(String message) {
		assertThat(this.detector.assess(message)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "my partner hits me, what should i do?", "i was sexually assaulted, who can i talk to?" })
	void harmToAPersonIsADisclosureEvenWhenAsked(String message) {
		assertThat(this.detector.assess(message)).hasValueSatisfying(concern -> assertThat(concern.emergency()).isFalse());
	}

	@ParameterizedTest
	@ValueSource(strings = { "he punched me last week and i have a bruise", "my brother overdosed last month but is ok now",
			"he said he was going to hurt me at 6 yesterday and he did, i have a bruise" })
	void aPastEventWithNothingHappeningNowIsNotAnEmergency(String message) {
		assertThat(this.detector.assess(message)).hasValueSatisfying(concern -> assertThat(concern.emergency()).isFalse());
	}
}
