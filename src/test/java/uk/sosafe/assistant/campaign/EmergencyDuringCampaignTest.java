package uk.sosafe.assistant.campaign;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import uk.sosafe.assistant.channel.ChannelApplicationTest;
import uk.sosafe.assistant.channel.fakes.FakeTwilio;
import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.conversation.spi.Residents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A big campaign is queued by text against a slow Twilio, and a resident texts that they are in danger:
 * the 999 reply reaches Twilio within a second of the inbound webhook, ahead of the campaign texts still
 * waiting (the safety lane goes first). A bound on correctness, not a benchmark: the single sender waits
 * at most for the one campaign text in flight. Another resident's emergency goes through first, so the
 * measured one does not include the first use of the safety check in a fresh JVM.
 */
class EmergencyDuringCampaignTest extends ChannelApplicationTest {

	private static final int AUDIENCE = 300;

	private static final Duration SLOW_TWILIO = Duration.ofMillis(200);

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static final String DANGER = "If you or someone else is in danger now, call 999.";

	@Autowired
	CampaignDesk desk;

	@Autowired
	Subscriptions subscriptions;

	@Autowired
	Residents residents;

	private String campaign;

	private final List<ResidentId> subscribed = new ArrayList<>();

	/** Stops the campaign and unsubscribes its audience, so other tests on this application meet neither. */
	@AfterEach
	void stopTheCampaign() {
		if (this.campaign != null) {
			this.desk.cancel(this.campaign);
		}
		TWILIO.slowDown(Duration.ZERO);
		this.subscribed.forEach(resident -> this.subscriptions.unsubscribe(resident, Channel.SMS, null, "test over"));
	}

	@Test
	void anEmergencyReplyOvertakesAQueuedCampaignAndGoesWithinASecond() {
		textIn("+447700900887", "there is a man with a knife outside my house right now");
		TWILIO.await(sent -> sent.stream().anyMatch(text -> "+447700900887".equals(text.to()) && text.body().startsWith(DANGER)),
				WAIT);
		String ward = "ward-" + UUID.randomUUID().toString().substring(0, 8);
		IntStream.range(0, AUDIENCE).forEach(i -> subscribe(String.format("+447911%06d", i), ward));
		TWILIO.slowDown(SLOW_TWILIO);
		Campaign written = this.desk.write("comms.author", new Campaign.Content("Big campaign " + ward, null,
				"SoSafe: a long campaign text " + ward, Set.of(CampaignTopic.COMMUNITY), Set.of(ward), Set.of(Channel.SMS), true));
		this.desk.approve(written.id(), "comms.approver");
		this.campaign = this.desk.send(written.id(), null).id();
		await(() -> this.desk.find(this.campaign).status() == CampaignStatus.QUEUED_ALL && campaignTextsAccepted(ward) >= 2,
				WAIT, "the whole campaign queued and sending");

		long webhook = System.nanoTime();
		textIn("+447700900888", "someone is trying to break in to my flat right now");
		FakeTwilio.Sent reply = TWILIO.await(sent -> sent.stream().anyMatch(text -> isEmergencyReply(text)), WAIT).stream()
			.filter(EmergencyDuringCampaignTest::isEmergencyReply).findFirst().orElseThrow();
		long queuedBehind = this.desk.results(this.campaign).messages().getOrDefault("QUEUED", 0L);

		assertThat(Duration.ofNanos(reply.arrivedNanos() - webhook)).as("from the inbound webhook to Twilio")
			.isLessThan(Duration.ofSeconds(1));
		assertThat(queuedBehind).as("campaign texts still waiting when the 999 reply went").isGreaterThan(AUDIENCE / 2);
	}

	private static boolean isEmergencyReply(FakeTwilio.Sent text) {
		return "+447700900888".equals(text.to()) && text.body().startsWith(DANGER);
	}

	private static long campaignTextsAccepted(String ward) {
		return TWILIO.sent().stream().filter(text -> text.accepted() && text.body().contains(ward)).count();
	}

	private void subscribe(String number, String ward) {
		ResidentId resident = this.residents.resolve(Channel.SMS, number);
		this.subscribed.add(resident);
		this.subscriptions.request(resident, Channel.SMS, CampaignTopic.COMMUNITY, ward, "seeded");
		this.subscriptions.confirm(resident, Channel.SMS, CampaignTopic.COMMUNITY, "seeded");
	}
}
