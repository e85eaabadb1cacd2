package uk.sosafe.assistant.campaign;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import uk.sosafe.assistant.ApplicationTest;
import uk.sosafe.assistant.MutableClock;
import uk.sosafe.assistant.cluster.ClusterLeases;
import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.Outbox;
import uk.sosafe.assistant.conversation.spi.Prompts;
import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.conversation.spi.Residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The fan-out on the real database with a controllable clock: a scheduled campaign starts at its time
 * (London time), and if that falls in quiet hours, at their end unless it is urgent; quiet hours hold back
 * a non-urgent campaign but not an urgent one; fan-outs that stop after a small batch and are replaced by new ones
 * (as after a crash), working beside the application's own at the same time (as a second instance),
 * never queue anyone twice and finish the rest.
 */
class FanOutDataTest extends ApplicationTest {

	/** Far enough ahead that the application's own fan-out, on the real clock, leaves these alone until then. */
	private static final Instant EVENING = Instant.parse("2031-01-10T22:30:00Z");

	private static final Instant MORNING = Instant.parse("2031-01-11T09:00:00Z");

	@Autowired
	CampaignDesk desk;

	@Autowired
	Campaigns campaigns;

	@Autowired
	Subscriptions subscriptions;

	@Autowired
	Residents residents;

	@Autowired
	Outbox outbox;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Prompts prompts;

	@Autowired
	CampaignMessages messages;

	@Autowired
	ClusterLeases leases;

	@Test
	void quietHoursHoldBackAnOrdinaryCampaignButNotAnUrgentOne() {
		List<ResidentId> audience = subscribers(CampaignTopic.EVENTS, 3);
		String ordinary = approved(CampaignTopic.EVENTS, false, EVENING.minusSeconds(3600));
		String urgent = approved(CampaignTopic.EVENTS, true, EVENING.minusSeconds(3600));

		fanOut(EVENING, 500).run();

		assertThat(recipients(ordinary)).isZero();
		assertThat(this.campaigns.findById(ordinary).orElseThrow().status()).isEqualTo(CampaignStatus.SCHEDULED);
		assertThat(recipients(urgent)).isGreaterThanOrEqualTo(audience.size());

		fanOut(MORNING, 500).run();

		assertThat(recipients(ordinary)).isGreaterThanOrEqualTo(audience.size());
	}

	@Test
	void aScheduledCampaignStartsAtItsLondonTimeAndAfterQuietHoursUnlessUrgent() {
		subscribers(CampaignTopic.COMMUNITY, 2);
		MutableClock clock = new MutableClock(london("2031-07-01T09:00"));
		FanOut fanOut = fanOut(clock, 500);
		String morning = planned(CampaignTopic.COMMUNITY, false, london("2031-07-01T10:00"));
		String evening = planned(CampaignTopic.COMMUNITY, false, london("2031-07-01T22:30"));
		String urgentEvening = planned(CampaignTopic.COMMUNITY, true, london("2031-07-01T22:30"));

		clock.set(london("2031-07-01T09:59"));
		fanOut.run();
		assertThat(recipients(morning)).as("not before 10:00 in London (09:00 UTC in summer)").isZero();
		clock.set(london("2031-07-01T10:00"));
		fanOut.run();
		assertThat(recipients(morning)).isGreaterThanOrEqualTo(2);

		clock.set(london("2031-07-01T22:30"));
		fanOut.run();
		assertThat(recipients(evening)).as("quiet hours").isZero();
		assertThat(recipients(urgentEvening)).as("urgent goes in quiet hours").isGreaterThanOrEqualTo(2);
		clock.set(london("2031-07-02T07:59"));
		fanOut.run();
		assertThat(recipients(evening)).isZero();
		clock.set(london("2031-07-02T08:00"));
		fanOut.run();
		assertThat(recipients(evening)).isGreaterThanOrEqualTo(2);
	}

	private String planned(CampaignTopic topic, boolean urgent, Instant at) {
		Campaign written = this.desk.write("comms.author", new Campaign.Content("Planned " + System.nanoTime(), "Hello", null,
				Set.of(topic), Set.of(), Set.of(Channel.TELEGRAM), urgent).sendingAt(at));
		this.desk.approve(written.id(), "comms.approver");
		Campaign scheduled = this.desk.send(written.id(), null);
		assertThat(scheduled.status()).isEqualTo(CampaignStatus.SCHEDULED);
		assertThat(scheduled.sendAt()).isEqualTo(at);
		return scheduled.id();
	}

	private static Instant london(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Europe/London")).toInstant();
	}

	private FanOut fanOut(Clock clock, int batch) {
		return new FanOut(this.campaigns, this.jdbc, this.outbox, this.prompts, this.messages, this.transactions,
				new CampaignProperties("21:00-08:00", batch, batch, Duration.ofSeconds(2)), clock, this.leases);
	}

	@Test
	void aCampaignIsFinishedOnceEveryMessageIsFinalAndTheFanOutNoLongerLooksAtIt() {
		subscribers(CampaignTopic.SCAMS, 3);
		String id = approved(CampaignTopic.SCAMS, true, MORNING.minusSeconds(60));
		FanOut fanOut = fanOut(MORNING, 500);
		for (int pass = 0; pass < 10 && !queuedForEveryone(id); pass++) {
			fanOut.run();
		}
		// Given every message sent but one, which a live sender holds (its lease far ahead, so nothing moves it):
		this.jdbc.sql("UPDATE outbox SET status = 'SENT' WHERE campaign_id = :id").param("id", id).update();
		this.jdbc.sql("UPDATE outbox SET status = 'SENDING', lease_until = :later WHERE id = (SELECT MAX(id) FROM outbox "
				+ "WHERE campaign_id = :id)").param("id", id).param("later", Long.MAX_VALUE).update();
		this.jdbc.sql("UPDATE campaigns SET status = 'QUEUED_ALL' WHERE id = :id").param("id", id).update();

		fanOut.run();
		assertThat(this.campaigns.findById(id).orElseThrow().status()).as("one message still being sent")
			.isEqualTo(CampaignStatus.QUEUED_ALL);

		this.jdbc.sql("UPDATE outbox SET status = 'UNCERTAIN' WHERE campaign_id = :id AND status = 'SENDING'").param("id", id)
			.update();
		fanOut.run();

		assertThat(this.campaigns.findById(id).orElseThrow().status()).isEqualTo(CampaignStatus.FINISHED);
		assertThat(this.campaigns.findByStatusIn(List.of(CampaignStatus.SCHEDULED, CampaignStatus.SENDING,
				CampaignStatus.QUEUED_ALL))).extracting(Campaign::id).doesNotContain(id);
		assertThat(this.desk.results(id).messages()).containsKeys("SENT", "UNCERTAIN");
		assertThatThrownBy(() -> this.desk.cancel(id)).hasMessageContaining("finished");
	}

	private boolean queuedForEveryone(String id) {
		CampaignStatus status = this.campaigns.findById(id).orElseThrow().status();
		return status == CampaignStatus.QUEUED_ALL || status == CampaignStatus.FINISHED;
	}

	@Test
	void aFanOutStoppedHalfWayQueuesEachResidentOnceAndFinishesTheRest() {
		List<ResidentId> audience = subscribers(CampaignTopic.SURVEYS, 7);
		String id = approved(CampaignTopic.SURVEYS, true, MORNING.minusSeconds(60));

		// Each small fan-out waits while its batch is still queued; the application's dispatcher drains it.
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (!queuedForEveryone(id) && System.nanoTime() < deadline) {
			fanOut(MORNING, 2).run();
			fanOut(MORNING, 3).run();
			pause();
		}

		assertThat(queuedForEveryone(id)).isTrue();
		List<Long> perResident = this.jdbc.sql("""
				SELECT COUNT(*) FROM outbox WHERE campaign_id = :id GROUP BY resident_id""").param("id", id)
			.query(Long.class).list();
		assertThat(perResident).hasSizeGreaterThanOrEqualTo(audience.size()).containsOnly(1L);
		assertThat(recipients(id)).isEqualTo(perResident.size());
	}

	private static void pause() {
		try {
			Thread.sleep(20);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private FanOut fanOut(Instant at, int batch) {
		return fanOut(Clock.fixed(at, ZoneOffset.UTC), batch);
	}

	private List<ResidentId> subscribers(CampaignTopic topic, int count) {
		return IntStream.range(0, count).mapToObj(i -> {
			ResidentId resident = this.residents.resolve(Channel.TELEGRAM, String.valueOf(System.nanoTime()));
			this.subscriptions.request(resident, Channel.TELEGRAM, topic, null, "test");
			this.subscriptions.confirm(resident, Channel.TELEGRAM, topic, "test");
			return resident;
		}).toList();
	}

	private String approved(CampaignTopic topic, boolean urgent, Instant sendAt) {
		Campaign written = this.desk.write("comms.author", new Campaign.Content("Test " + System.nanoTime(), "Hello", null,
				Set.of(topic), Set.of(), Set.of(Channel.TELEGRAM), urgent));
		this.desk.approve(written.id(), "comms.approver");
		return this.desk.send(written.id(), sendAt).id();
	}

	private long recipients(String id) {
		return this.jdbc.sql("SELECT COUNT(*) FROM campaign_recipients WHERE campaign_id = :id").param("id", id)
			.query(Long.class).single();
	}
}
