package uk.sosafe.assistant.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import uk.sosafe.assistant.MutableClock;
import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.ChannelGateway;
import uk.sosafe.assistant.conversation.spi.DeliveryReports;
import uk.sosafe.assistant.conversation.spi.Lane;
import uk.sosafe.assistant.conversation.spi.Reply;
import uk.sosafe.assistant.conversation.spi.ResidentForgotten;
import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.system.SqliteDataTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The outbox on a real SQLite file: lanes, retries, permanent failures and the crash policy. */
@SqliteDataTest
@TestPropertySource(properties = "sosafe.outbox.dispatch=false")
@Import({ ResidentDirectory.class, JdbcOutbox.class, OutboxDispatcher.class, ConversationMetrics.class, DailyUsage.class, DeliveryLedger.class,
		OutboxDataTest.Fakes.class })
class OutboxDataTest {

	static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-26T10:00:00Z"));

	static final FakeGateway GATEWAY = new FakeGateway();

	@Autowired
	JdbcOutbox outbox;

	@Autowired
	OutboxDispatcher dispatcher;

	@Autowired
	ResidentDirectory residents;

	@Autowired
	DeliveryLedger ledger;

	@Autowired
	JdbcClient jdbc;

	private ResidentId resident;

	@BeforeEach
	void reset() {
		GATEWAY.sent.clear();
		GATEWAY.sentParts.clear();
		GATEWAY.results.clear();
		GATEWAY.parts = 1;
		this.jdbc.sql("DELETE FROM outbox").update();
		this.jdbc.sql("DELETE FROM opt_outs").update();
		this.jdbc.sql("DELETE FROM send_usage").update();
		this.resident = this.residents.resolve(Channel.SMS, "+447700900777");
	}

	@Test
	void aSafetyMessageOvertakesAQueueOfCampaignMessages() {
		for (int i = 0; i < 5; i++) {
			this.outbox.enqueue(this.resident, List.of(Reply.text("campaign " + i)), Lane.CAMPAIGN);
		}
		this.outbox.enqueue(this.resident, List.of(Reply.text("If you are in danger now, call 999.")), Lane.SAFETY);
		this.outbox.enqueue(this.resident, List.of(Reply.text("an answer")), Lane.REPLY);

		while (this.dispatcher.dispatchNext()) {
			// drain
		}

		assertThat(GATEWAY.sent).hasSize(7);
		assertThat(GATEWAY.sent.get(0)).startsWith("+447700900777:If you are in danger now");
		assertThat(GATEWAY.sent.get(1)).endsWith("an answer");
		assertThat(GATEWAY.sent.get(2)).endsWith("campaign 0");
	}

	@Test
	void aChannelThatAsksForARetryIsRetriedAfterABackoff() {
		GATEWAY.results.add(new ChannelGateway.SendResult(ChannelGateway.SendResult.Status.RETRY, null, "HTTP 503"));
		this.outbox.enqueue(this.resident, List.of(Reply.text("hello")), Lane.REPLY);

		this.dispatcher.dispatchNext();
		assertThat(status()).isEqualTo("QUEUED");
		assertThat(this.dispatcher.dispatchNext()).isFalse();
		CLOCK.advance(Duration.ofSeconds(2));
		this.dispatcher.dispatchNext();

		assertThat(status()).isEqualTo("SENT");
		assertThat(GATEWAY.sent).hasSize(2);
	}

	@Test
	void aPermanentFailureIsNotRetriedAndKeepsItsReason() {
		GATEWAY.results.add(new ChannelGateway.SendResult(ChannelGateway.SendResult.Status.FAILED, null, "21610 opted out"));
		this.outbox.enqueue(this.resident, List.of(Reply.text("hello")), Lane.CAMPAIGN);

		this.dispatcher.dispatchNext();

		assertThat(status()).isEqualTo("FAILED");
		assertThat(this.jdbc.sql("SELECT detail FROM outbox WHERE resident_id = :r").param("r", this.resident.value())
			.query(String.class).single()).contains("21610");
		assertThat(this.dispatcher.dispatchNext()).isFalse();
	}

	@Test
	void sendsAbandonedMidWayFollowThePolicyAndALiveSendersAreLeftAlone() {
		for (Lane lane : Lane.values()) {
			this.outbox.enqueue(this.resident, List.of(Reply.text(lane.name())), lane);
		}
		this.outbox.enqueue(this.resident, List.of(Reply.text("in hand elsewhere")), Lane.SAFETY);
		long past = CLOCK.millis() - 1;
		this.jdbc.sql("UPDATE outbox SET status = 'SENDING', lease_until = :past WHERE resident_id = :r")
			.param("past", past).param("r", this.resident.value()).update();
		this.jdbc.sql("UPDATE outbox SET lease_until = :future WHERE id = (SELECT MAX(id) FROM outbox)")
			.param("future", CLOCK.millis() + 30_000).update();

		assertThat(this.dispatcher.recoverStaleSends()).isEqualTo(1);

		assertThat(this.jdbc.sql("SELECT status FROM outbox WHERE resident_id = :r ORDER BY id")
			.param("r", this.resident.value()).query(String.class).list())
			.containsExactly("QUEUED", "UNCERTAIN", "UNCERTAIN", "SENDING");
		this.dispatcher.dispatchNext();
		assertThat(GATEWAY.sent).containsExactly("+447700900777:SAFETY");
	}

	@Test
	void messagesAreEncryptedAtRestAndForgottenWithTheResident() {
		this.outbox.enqueue(this.resident, List.of(Reply.text("secret words xylophone")), Lane.REPLY);
		long inClear = this.jdbc.sql("SELECT COUNT(*) FROM outbox WHERE CAST(body_enc AS TEXT) LIKE '%xylophone%'")
			.query(Long.class).single();
		assertThat(inClear).isZero();

		this.outbox.on(new ResidentForgotten(this.resident));

		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM outbox WHERE resident_id = :r").param("r", this.resident.value())
			.query(Long.class).single()).isZero();
	}

	@Test
	void aThrottledMessageWaitsAsLongAsAskedWithoutUsingUpItsAttempts() {
		for (int i = 0; i < OutboxDispatcher.MAX_ATTEMPTS + 2; i++) {
			GATEWAY.results.add(ChannelGateway.SendResult.throttled(Duration.ofSeconds(7)));
		}
		this.outbox.enqueue(this.resident, List.of(Reply.text("hello")), Lane.REPLY);

		for (int i = 0; i < OutboxDispatcher.MAX_ATTEMPTS + 2; i++) {
			assertThat(this.dispatcher.dispatchNext()).isTrue();
			assertThat(this.dispatcher.dispatchNext()).as("waits for retry_after").isFalse();
			CLOCK.advance(Duration.ofSeconds(7));
		}
		this.dispatcher.dispatchNext();

		assertThat(status()).isEqualTo("SENT");
		assertThat(GATEWAY.sent).hasSize(OutboxDispatcher.MAX_ATTEMPTS + 3);
	}

	@Test
	void anUnreachableResidentIsOptedOutAndSentNothingMoreButNotices() {
		GATEWAY.results.add(ChannelGateway.SendResult.unreachable("Twilio 21610: recipient opted out"));
		this.outbox.enqueue(this.resident, List.of(Reply.text("first")), Lane.REPLY);
		this.dispatcher.dispatchNext();
		assertThat(this.residents.isOptedOut(this.resident)).isTrue();

		this.outbox.enqueue(this.resident, List.of(Reply.text("campaign")), Lane.CAMPAIGN);
		this.outbox.enqueueNotice(this.resident, List.of(Reply.text("notice")));
		while (this.dispatcher.dispatchNext()) {
			// drain
		}

		assertThat(GATEWAY.sent).containsExactly("+447700900777:first", "+447700900777:notice");
		assertThat(this.jdbc.sql("SELECT detail FROM outbox WHERE lane = 2").query(String.class).single())
			.isEqualTo("resident opted out");
	}

	@Test
	void aNoticeOutlivesTheResidentItIsFor() {
		this.outbox.enqueueNotice(this.resident, List.of(Reply.text("Your data is deleted.")));
		this.residents.on(new ResidentForgotten(this.resident));
		this.outbox.on(new ResidentForgotten(this.resident));

		this.dispatcher.dispatchNext();

		assertThat(GATEWAY.sent).containsExactly("+447700900777:Your data is deleted.");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM outbox WHERE address_enc IS NOT NULL").query(Long.class).single())
			.as("the sealed address is dropped once sent").isZero();
	}

	@Test
	void aLongMessageGoesPartByPartAndAFailedPartIsNotSentTwice() {
		GATEWAY.parts = 3;
		GATEWAY.results.add(ChannelGateway.SendResult.accepted("m1"));
		GATEWAY.results.add(ChannelGateway.SendResult.retry("HTTP 502"));
		this.outbox.enqueue(this.resident, List.of(Reply.text("long")), Lane.REPLY);

		this.dispatcher.dispatchNext();
		this.dispatcher.dispatchNext();
		CLOCK.advance(Duration.ofSeconds(2));
		while (this.dispatcher.dispatchNext()) {
			// drain
		}

		assertThat(GATEWAY.sentParts).containsExactly(0, 1, 1, 2);
		assertThat(status()).isEqualTo("SENT");
	}

	@Test
	void theDailyCapHoldsCampaignsUntilTomorrowRefusesRepliesAndNeverHoldsSafety() {
		// Safety replies count against the cap but are never held back by it.
		GATEWAY.cap = Optional.of(new ChannelGateway.DailyCap(3, 100));
		try {
			this.outbox.enqueue(this.resident, List.of(Reply.text("one")), Lane.REPLY);
			this.outbox.enqueue(this.resident, List.of(Reply.text("two")), Lane.REPLY);
			this.outbox.enqueue(this.resident, List.of(Reply.text("three")), Lane.REPLY);
			this.outbox.enqueue(this.resident, List.of(Reply.text("campaign")), Lane.CAMPAIGN);
			this.outbox.enqueue(this.resident, List.of(Reply.text("call 999")), Lane.SAFETY);
			while (this.dispatcher.dispatchNext()) {
				// drain
			}

			assertThat(GATEWAY.sent).extracting(sent -> sent.substring(sent.indexOf(':') + 1))
				.containsExactly("call 999", "one", "two");
			assertThat(this.jdbc.sql("SELECT status || ' ' || detail FROM outbox WHERE lane = 2").query(String.class).single())
				.startsWith("QUEUED daily spending cap reached");
			CLOCK.advance(Duration.ofDays(1));
			this.dispatcher.dispatchNext();
			assertThat(GATEWAY.sent).last().asString().endsWith("campaign");
		}
		finally {
			GATEWAY.cap = Optional.empty();
		}
	}

	@Test
	void deliveryReportsOnlyMoveForward() {
		this.outbox.enqueue(this.resident, List.of(Reply.text("hello")), Lane.REPLY);
		this.dispatcher.dispatchNext();
		String platformId = this.jdbc.sql("SELECT platform_id FROM outbox").query(String.class).single();

		assertThat(this.ledger.report(Channel.SMS, platformId, DeliveryReports.Delivery.DELIVERED, null)).isTrue();
		assertThat(this.ledger.report(Channel.SMS, platformId, DeliveryReports.Delivery.SENT, null)).isFalse();
		assertThat(this.ledger.report(Channel.SMS, platformId, DeliveryReports.Delivery.FAILED, "30003")).isFalse();
		assertThat(this.ledger.report(Channel.SMS, "SMunknown", DeliveryReports.Delivery.DELIVERED, null)).isFalse();

		assertThat(status()).isEqualTo("DELIVERED");
	}

	@Test
	void backoffDoublesUpToFiveMinutes() {
		assertThat(OutboxDispatcher.backoff(1)).isEqualTo(Duration.ofSeconds(1));
		assertThat(OutboxDispatcher.backoff(3)).isEqualTo(Duration.ofSeconds(4));
		assertThat(OutboxDispatcher.backoff(30)).isEqualTo(Duration.ofMinutes(5));
	}

	private String status() {
		return this.jdbc.sql("SELECT status FROM outbox WHERE resident_id = :r").param("r", this.resident.value())
			.query(String.class).single();
	}

	static final class FakeGateway implements ChannelGateway {

		final List<String> sent = new ArrayList<>();

		final List<Integer> sentParts = new ArrayList<>();

		final Deque<SendResult> results = new ArrayDeque<>();

		int parts = 1;

		Optional<DailyCap> cap = Optional.empty();

		@Override
		public int parts(List<Reply> replies) {
			return this.parts;
		}

		@Override
		public Optional<DailyCap> dailyCap() {
			return this.cap;
		}

		@Override
		public Channel channel() {
			return Channel.SMS;
		}

		@Override
		public SendResult send(String address, List<Reply> replies, int part) {
			this.sent.add(address + ":" + replies.get(0).text());
			this.sentParts.add(part);
			SendResult next = this.results.poll();
			return next != null ? next : new SendResult(SendResult.Status.ACCEPTED, "SM" + this.sent.size(), null);
		}
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Fakes {

		@Bean
		ChannelGateway fakeGateway() {
			return GATEWAY;
		}

		@Bean
		@Primary
		Clock movableClock() {
			return CLOCK;
		}
	}
}
