package uk.sosafe.assistant.channel.sms;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import uk.sosafe.assistant.channel.ChannelApplicationTest;
import uk.sosafe.assistant.channel.fakes.FakeTwilio.Sent;
import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.Residents;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped survey by text: SURVEY starts it, numbers answer it, and STOP still stops everything. */
class SmsSurveyJourneyTest extends ChannelApplicationTest {

	private static final Duration WAIT = Duration.ofSeconds(20);

	private static final AtomicInteger NUMBERS = new AtomicInteger(850);

	@Autowired
	Residents residents;

	@Test
	void aSurveyIsAnsweredByNumberWithAHintPauseAndResume() {
		String number = newNumber();
		String intro = text(number, "SURVEY", "Reply with a number:");
		assertThat(intro).startsWith("Feeling safe in Stevenage").contains("1 Start the survey\n2 Not now");

		assertThat(text(number, "1", "Reply with a number:")).startsWith("During the day")
			.contains("1 Very unsafe\n2 Quite unsafe\n3 In between\n4 Quite safe\n5 Very safe\n6 Skip this question");
		assertThat(text(number, "banana", "Reply with a number:"))
			.startsWith("Sorry, I didn't get that. Please choose a number from 1 to 5.");
		text(number, "4", "After dark");
		String worries = text(number, "5", "Which of these worry you");
		assertThat(worries).contains("1 Drug dealing or drug use").contains("6 Done");
		String chosen = text(number, "2, 3", "You chose");
		assertThat(chosen).contains("You chose: Anti-social behaviour, Scams and fraud").contains("4 Done");
		text(number, "4", "If you saw a crime");
		String ward = text(number, "skip", "Which ward");
		assertThat(ward).contains("8 Pin Green").contains("16 Skip this question");

		assertThat(text(number, "PAUSE", "Paused")).contains("carry on later");
		assertThat(text(number, "survey", "Which ward")).startsWith("Welcome back.");
		text(number, "8", "What one thing");
		assertThat(text(number, "Better lighting on the paths", "Thank you.")).contains("999");

		TWILIO.deliveredTo(number).forEach(sent -> assertThat(SmsText.segments(sent.body())).as(sent.body())
			.isLessThanOrEqualTo(3));
		assertThat(TWILIO.deliveredTo(number).stream().mapToInt(sent -> SmsText.segments(sent.body())).sum())
			.as("segments for the whole survey, within the daily cap of 40 per number").isLessThanOrEqualTo(40);
	}

	@Test
	void stopInTheMiddleOfASurveyOptsTheNumberOut() {
		String number = newNumber();
		text(number, "survey", "Reply with a number:");
		text(number, "1", "During the day");

		assertThat(text(number, "STOP", "START")).contains("no more texts");

		assertThat(this.residents.isOptedOut(this.residents.find(Channel.SMS, number).orElseThrow())).isTrue();
	}

	/** Texts the assistant and returns all it sent back, once a text containing {@code until} arrives. */
	private String text(String number, String body, String until) {
		int before = TWILIO.deliveredTo(number).size();
		textIn(number, body);
		TWILIO.await(sent -> TWILIO.deliveredTo(number).stream().skip(before).anyMatch(text -> text.body().contains(until)),
				WAIT);
		List<Sent> replies = TWILIO.deliveredTo(number);
		return String.join("\n\n", replies.subList(before, replies.size()).stream().map(Sent::body).toList());
	}

	private static String newNumber() {
		return "+447700900" + NUMBERS.incrementAndGet();
	}
}
