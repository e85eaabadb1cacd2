package uk.sosafe.assistant.conversation;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.ChannelGateway;
import uk.sosafe.assistant.conversation.spi.ChannelGateway.SendResult;
import uk.sosafe.assistant.conversation.spi.Lane;
import uk.sosafe.assistant.conversation.spi.Reply;
import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.conversation.spi.Residents;

/**
 * Sends queued messages, most urgent lane first, oldest first within a lane; retries with backoff when
 * a channel says so, and gives up with a reason when it will never work. A row is marked SENDING before
 * the channel is called, because no platform takes an idempotency key: after a crash such rows are
 * resent when they are safety messages (a duplicate is better than silence) and otherwise marked
 * UNCERTAIN and left (a missed campaign message is better than a double one).
 */
@Component
class OutboxDispatcher extends Workers {

	private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

	static final int MAX_ATTEMPTS = 8;

	static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

	private record Row(long id, String residentId, int lane, byte[] body, int attempts) {
	}

	private final JdbcClient jdbc;

	private final JdbcOutbox outbox;

	private final Residents residents;

	private final Map<Channel, ChannelGateway> gateways = new EnumMap<>(Channel.class);

	private final WakeUp wakeUp;

	private final Clock clock;

	private final boolean autoStart;

	OutboxDispatcher(JdbcClient jdbc, JdbcOutbox outbox, Residents residents, List<ChannelGateway> gateways,
			Clock clock, @Value("${sosafe.outbox.dispatch:true}") boolean autoStart) {
		this.autoStart = autoStart;
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.residents = residents;
		gateways.forEach(gateway -> this.gateways.put(gateway.channel(), gateway));
		this.wakeUp = outbox.wakeUp();
		this.clock = clock;
	}

	/** Applies the crash policy to rows left SENDING by a previous run; returns how many were requeued. */
	int recoverAfterCrash() {
		long now = this.clock.millis();
		int resent = this.jdbc.sql("""
				UPDATE outbox SET status = 'QUEUED', detail = 'resent after a restart', updated_at = :now
				WHERE status = 'SENDING' AND lane = :safety""").param("now", now).param("safety", Lane.SAFETY.ordinal()).update();
		this.jdbc.sql("""
				UPDATE outbox SET status = 'UNCERTAIN', detail = 'was being sent when the service stopped', updated_at = :now
				WHERE status = 'SENDING'""").param("now", now).update();
		return resent;
	}

	/** Sends the most urgent due message, if any; returns whether one was handled. */
	boolean dispatchNext() {
		Optional<Row> next = this.jdbc.sql("""
				SELECT id, resident_id, lane, body_enc, attempts FROM outbox
				WHERE status = 'QUEUED' AND next_attempt_at <= :now ORDER BY lane, id LIMIT 1""")
			.param("now", this.clock.millis())
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getBytes(4), rs.getInt(5)))
			.optional();
		if (next.isEmpty() || !claim(next.get().id())) {
			return next.isPresent();
		}
		send(next.get());
		return true;
	}

	private boolean claim(long id) {
		return this.jdbc.sql("UPDATE outbox SET status = 'SENDING', updated_at = :now WHERE id = :id AND status = 'QUEUED'")
			.param("now", this.clock.millis()).param("id", id).update() == 1;
	}

	private void send(Row row) {
		ResidentId resident = new ResidentId(row.residentId());
		Optional<Channel> channel = this.residents.channelOf(resident);
		Optional<String> address = this.residents.addressOf(resident);
		ChannelGateway gateway = channel.map(this.gateways::get).orElse(null);
		if (address.isEmpty() || gateway == null) {
			finish(row.id(), OutboxStatus.FAILED, null, address.isEmpty() ? "resident no longer known"
					: "no gateway for channel " + channel.get());
			return;
		}
		List<Reply> replies = this.outbox.replies(row.body());
		SendResult result;
		try {
			result = gateway.send(address.get(), replies);
		}
		catch (RuntimeException ex) {
			result = new SendResult(SendResult.Status.RETRY, null, ex.getClass().getSimpleName());
		}
		switch (result.status()) {
			case ACCEPTED -> finish(row.id(), OutboxStatus.SENT, result.platformId(), null);
			case FAILED -> finish(row.id(), OutboxStatus.FAILED, null, result.detail());
			case RETRY -> retry(row, result.detail());
		}
	}

	private void retry(Row row, String detail) {
		int attempts = row.attempts() + 1;
		if (attempts >= MAX_ATTEMPTS) {
			finish(row.id(), OutboxStatus.FAILED, null, "gave up after " + attempts + " attempts: " + detail);
			return;
		}
		long now = this.clock.millis();
		this.jdbc.sql("""
				UPDATE outbox SET status = 'QUEUED', attempts = :attempts, next_attempt_at = :next, detail = :detail,
				updated_at = :now WHERE id = :id""")
			.param("attempts", attempts)
			.param("next", now + backoff(attempts).toMillis())
			.param("detail", detail)
			.param("now", now)
			.param("id", row.id())
			.update();
	}

	/** One second, doubling each attempt, at most five minutes. */
	static Duration backoff(int attempts) {
		Duration wait = Duration.ofSeconds(1L << Math.min(attempts - 1, 20));
		return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
	}

	private void finish(long id, OutboxStatus status, String platformId, String detail) {
		this.jdbc.sql("""
				UPDATE outbox SET status = :status, platform_id = :platformId, detail = :detail, updated_at = :now
				WHERE id = :id""")
			.param("status", status.name())
			.param("platformId", platformId)
			.param("detail", detail)
			.param("now", this.clock.millis())
			.param("id", id)
			.update();
	}

	@EventListener(ApplicationReadyEvent.class)
	void startOnReady() {
		int resent = recoverAfterCrash();
		if (resent > 0) {
			log.warn("Requeued {} safety messages that were being sent when the service last stopped", resent);
		}
		if (this.gateways.isEmpty() || !this.autoStart) {
			return;
		}
		startThreads("outbox-dispatcher", 1, this::dispatchNext, this.wakeUp);
	}
}
