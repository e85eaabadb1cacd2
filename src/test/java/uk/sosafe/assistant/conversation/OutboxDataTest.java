package uk.sosafe.assistant.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

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
import uk.sosafe.assistant.conversation.spi.Lane;
import uk.sosafe.assistant.conversation.spi.Reply;
import uk.sosafe.assistant.conversation.spi.ResidentForgotten;
import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.system.SqliteDataTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The outbox on a real SQLite file: lanes, retries, permanent failures and the crash policy. */
@SqliteDataTest
@TestPropertySource(properties = "sosafe.outbox.dispatch=false")
@Import({ ResidentDirectory.class, JdbcOutbox.class, OutboxDispatcher.class,
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
	JdbcClient jdbc;

	private ResidentId resident;

	@BeforeEach
	void reset() {
		GATEWAY.sent.clear();
		GATEWAY.results.clear();
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
	void afterACrashSafetyMessagesAreResentAndOthersMarkedUncertain() {
		for (Lane lane : Lane.values()) {
			this.outbox.enqueue(this.resident, List.of(Reply.text(lane.name())), lane);
		}
		this.jdbc.sql("UPDATE outbox SET status = 'SENDING' WHERE resident_id = :r").param("r", this.resident.value()).update();

		assertThat(this.dispatcher.recoverAfterCrash()).isEqualTo(1);

		assertThat(this.jdbc.sql("SELECT status FROM outbox WHERE resident_id = :r ORDER BY lane")
			.param("r", this.resident.value()).query(String.class).list())
			.containsExactly("QUEUED", "UNCERTAIN", "UNCERTAIN");
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

		final Deque<SendResult> results = new ArrayDeque<>();

		@Override
		public Channel channel() {
			return Channel.SMS;
		}

		@Override
		public SendResult send(String address, List<Reply> replies) {
			this.sent.add(address + ":" + replies.get(0).text());
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
