package uk.sosafe.assistant.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import uk.sosafe.assistant.cluster.ClusterDatabase;
import uk.sosafe.assistant.cluster.ClusterMembers;
import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.ChannelGateway;
import uk.sosafe.assistant.conversation.spi.ChannelGateway.DailyCap;
import uk.sosafe.assistant.conversation.spi.ChannelGateway.SendResult;
import uk.sosafe.assistant.conversation.spi.Lane;
import uk.sosafe.assistant.conversation.spi.Reply;
import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.conversation.spi.Residents;

/**
 * Sends queued messages, most urgent lane first, oldest first within a lane, one platform message (part)
 * at a time under each channel's rates; a resident whose rate is used up is passed over (with their later
 * messages, so their order holds) and others go first. Retries with backoff when a channel says so, waits
 * as long as a platform asks when throttled, and gives up with a reason when it will never work.
 * <p>
 * A row is marked SENDING, under a lease, before the channel is called, because no platform takes an
 * idempotency key: when its sender stops mid-send (a crash, a killed instance) and the lease runs out,
 * safety messages are resent (a duplicate is better than silence) and others marked UNCERTAIN and left
 * (a missed campaign message is better than a double one).
 */
@Component
class OutboxDispatcher extends Workers {

	private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

	static final int MAX_ATTEMPTS = 8;

	static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

	/** How many due rows one step looks at to find one whose resident may be sent to now. */
	private static final int WINDOW = 64;

	private static final long IDLE_MILLIS = 1_000;

	private record Row(long id, String residentId, Lane lane, byte[] body, int attempts, int partsSent, boolean notice,
			String channel, byte[] sealedAddress) {
	}

	private record Target(ChannelGateway gateway, String address) {
	}

	private final JdbcClient jdbc;

	private final ConversationMetrics metrics;

	private final JdbcOutbox outbox;

	private final Residents residents;

	private final DailyUsage usage;

	private final Map<Channel, ChannelGateway> gateways = new EnumMap<>(Channel.class);

	private final Map<Channel, SendLimiter> limiters = new EnumMap<>(Channel.class);

	/** Resident id to channel, so the rates can be checked without reading the sealed address. */
	private final Map<String, Channel> channels = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Channel> eldest) {
			return size() > 10_000;
		}
	});

	private final WakeUp wakeUp;

	private final Clock clock;

	private final boolean autoStart;

	private final Duration sendLease;

	private volatile long lastRecovery;

	/** How often a running dispatcher looks for sends abandoned by a stopped instance. */
	private static final Duration RECOVERY_EVERY = Duration.ofSeconds(10);

	private final TransactionTemplate transactions;

	private final ClusterDatabase database;

	OutboxDispatcher(JdbcClient jdbc, JdbcOutbox outbox, Residents residents, DailyUsage usage,
			List<ChannelGateway> gateways, Clock clock, @Value("${sosafe.outbox.dispatch:true}") boolean autoStart,
			@Value("${sosafe.outbox.send-lease:60s}") Duration sendLease, TransactionTemplate transactions,
			ClusterDatabase database, ClusterMembers members, ConversationMetrics metrics) {
		this.transactions = transactions;
		this.database = database;
		this.metrics = metrics;
		this.autoStart = autoStart;
		this.sendLease = sendLease;
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.residents = residents;
		this.usage = usage;
		gateways.forEach(gateway -> {
			this.gateways.put(gateway.channel(), gateway);
			this.limiters.put(gateway.channel(), new PacedLimiter(gateway.rates(), () -> nanos(clock), members::live));
		});
		this.wakeUp = outbox.wakeUp();
		this.clock = clock;
	}

	private static long nanos(Clock clock) {
		Instant now = clock.instant();
		return now.getEpochSecond() * 1_000_000_000L + now.getNano();
	}

	/**
	 * Applies the crash policy to rows whose sender stopped mid-send: SENDING rows whose lease ran out (no
	 * send takes that long; the gateways time out well before). Safe with several instances, because a
	 * live sender's lease has not run out. Returns how many safety messages were requeued.
	 */
	int recoverStaleSends() {
		long now = this.clock.millis();
		int resent = this.jdbc.sql("""
				UPDATE outbox SET status = 'QUEUED', detail = 'resent: its sender stopped mid-send', updated_at = :now
				WHERE status = 'SENDING' AND lease_until < :now AND lane = :safety""")
			.param("now", now).param("safety", Lane.SAFETY.ordinal()).update();
		int uncertain = this.jdbc.sql("""
				UPDATE outbox SET status = 'UNCERTAIN', detail = 'its sender stopped mid-send', updated_at = :now
				WHERE status = 'SENDING' AND lease_until < :now""").param("now", now).update();
		if (resent + uncertain > 0) {
			log.warn("Recovered sends whose sender stopped: {} safety messages requeued, {} marked uncertain", resent,
					uncertain);
		}
		this.lastRecovery = now;
		return resent;
	}

	/** Sends one part of the most urgent message that may go now, if any; returns whether one was handled. */
	boolean dispatchNext() {
		return step() == 0;
	}

	/** One step: zero when a message was handled, otherwise how many milliseconds to wait at most. */
	long step() {
		long now = this.clock.millis();
		if (now - this.lastRecovery > RECOVERY_EVERY.toMillis()) {
			recoverStaleSends();
		}
		List<Row> due = this.jdbc.sql("""
				SELECT id, resident_id, lane, body_enc, attempts, parts_sent, notice, channel, address_enc FROM outbox
				WHERE status = 'QUEUED' AND next_attempt_at <= :now ORDER BY lane, id LIMIT :window""")
			.param("now", now)
			.param("window", WINDOW)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), Lane.values()[rs.getInt(3)], rs.getBytes(4),
					rs.getInt(5), rs.getInt(6), rs.getBoolean(7), rs.getString(8), rs.getBytes(9)))
			.list();
		if (due.isEmpty()) {
			return untilNextDue(now);
		}
		long wait = IDLE_MILLIS;
		Set<String> passedOver = new HashSet<>();
		for (Row row : due) {
			if (passedOver.contains(row.residentId())) {
				continue;
			}
			Optional<Channel> channel = channelOf(row);
			SendLimiter limiter = channel.map(this.limiters::get).orElse(null);
			Duration hold = limiter == null ? Duration.ZERO : limiter.tryAcquire(row.residentId());
			if (!hold.isZero()) {
				passedOver.add(row.residentId());
				wait = Math.min(wait, Math.max(1, hold.toMillis()));
				continue;
			}
			if (claim(row)) {
				dispatch(row, channel);
				return 0;
			}
		}
		return wait;
	}

	private long untilNextDue(long now) {
		long next = this.jdbc.sql("SELECT COALESCE(MIN(next_attempt_at), -1) FROM outbox WHERE status = 'QUEUED'")
			.query(Long.class).single();
		return next < 0 ? IDLE_MILLIS : Math.max(1, Math.min(IDLE_MILLIS, next - now));
	}

	private Optional<Channel> channelOf(Row row) {
		if (row.channel() != null) {
			return Optional.of(Channel.valueOf(row.channel()));
		}
		Channel known = this.channels.get(row.residentId());
		if (known != null) {
			return Optional.of(known);
		}
		Optional<Channel> found = this.residents.channelOf(new ResidentId(row.residentId()));
		found.ifPresent(channel -> this.channels.put(row.residentId(), channel));
		return found;
	}

	/**
	 * Claims a row for sending, unless another sender has it, or (outside the safety lane) is sending to
	 * the same resident now: one message at a time per resident keeps their messages in order, whichever
	 * instance sends them. A safety message never waits for another send. On PostgreSQL the claims of one
	 * resident are serialised by an advisory lock held until the claim commits; a send whose sender
	 * stopped (its lease ran out) no longer holds the resident back.
	 */
	private boolean claim(Row row) {
		String inOrder = row.lane() == Lane.SAFETY ? "" : """
				 AND NOT EXISTS (SELECT 1 FROM outbox o
				WHERE o.resident_id = :resident AND o.status = 'SENDING' AND o.lease_until >= :now)""";
		Boolean claimed = this.transactions.execute(status -> {
			this.database.lockUntilCommit("outbox:" + row.residentId());
			long now = this.clock.millis();
			JdbcClient.StatementSpec update = this.jdbc.sql("""
					UPDATE outbox SET status = 'SENDING', lease_until = :until, updated_at = :now
					WHERE id = :id AND status = 'QUEUED'""" + inOrder)
				.param("until", now + this.sendLease.toMillis())
				.param("now", now)
				.param("id", row.id());
			if (!inOrder.isEmpty()) {
				update = update.param("resident", row.residentId());
			}
			return update.update() == 1;
		});
		return Boolean.TRUE.equals(claimed);
	}

	private void dispatch(Row row, Optional<Channel> channel) {
		ResidentId resident = new ResidentId(row.residentId());
		Optional<Target> target = channel.flatMap(found -> targetOf(row, resident, found));
		if (target.isEmpty()) {
			finish(row.id(), OutboxStatus.FAILED, null, channel.isEmpty() || this.gateways.containsKey(channel.get())
					? "resident no longer known" : "no gateway for channel " + channel.get());
			return;
		}
		if (!row.notice() && this.residents.isOptedOut(resident)) {
			finish(row.id(), OutboxStatus.FAILED, null, "resident opted out");
			return;
		}
		ChannelGateway gateway = target.get().gateway();
		List<Reply> replies = this.outbox.replies(row.body());
		int part = row.partsSent();
		int units = gateway.units(replies, part);
		Optional<DailyCap> cap = gateway.dailyCap();
		if (cap.isPresent() && row.lane() != Lane.SAFETY
				&& !this.usage.allows(gateway.channel(), row.residentId(), units, cap.get())) {
			overCap(row);
			return;
		}
		SendResult result;
		try {
			result = gateway.send(target.get().address(), replies, part);
		}
		catch (RuntimeException ex) {
			result = SendResult.retry(ex.getClass().getSimpleName());
		}
		if (result.status() == SendResult.Status.ACCEPTED && cap.isPresent()) {
			this.usage.spend(gateway.channel(), row.residentId(), units);
		}
		switch (result.status()) {
			case ACCEPTED -> {
				accepted(row, part + 1 < gateway.parts(replies), result.platformId());
				this.metrics.sent(gateway.channel(), row.lane());
			}
			case FAILED -> finish(row.id(), OutboxStatus.FAILED, null, result.detail());
			case UNREACHABLE -> {
				this.residents.optOut(resident, result.detail());
				finish(row.id(), OutboxStatus.FAILED, null, result.detail());
			}
			case THROTTLED -> throttled(row, gateway.channel(), result.retryAfter());
			case RETRY -> retry(row, result.detail());
		}
	}

	private Optional<Target> targetOf(Row row, ResidentId resident, Channel channel) {
		ChannelGateway gateway = this.gateways.get(channel);
		if (gateway == null) {
			return Optional.empty();
		}
		Optional<String> address = row.sealedAddress() != null ? Optional.of(this.outbox.address(row.sealedAddress()))
				: this.residents.addressOf(resident);
		return address.map(found -> new Target(gateway, found));
	}

	private void accepted(Row row, boolean morePartsToSend, String platformId) {
		if (!morePartsToSend) {
			this.jdbc.sql("""
					UPDATE outbox SET status = 'SENT', parts_sent = parts_sent + 1, platform_id = :platformId, detail = NULL,
					address_enc = NULL, updated_at = :now WHERE id = :id""")
				.param("platformId", platformId)
				.param("now", this.clock.millis())
				.param("id", row.id())
				.update();
			return;
		}
		this.jdbc.sql("""
				UPDATE outbox SET status = 'QUEUED', parts_sent = parts_sent + 1, platform_id = :platformId,
				updated_at = :now WHERE id = :id""")
			.param("platformId", platformId)
			.param("now", this.clock.millis())
			.param("id", row.id())
			.update();
	}

	/** Over the daily cap: campaign messages wait for tomorrow; a reply that late would make no sense. */
	private void overCap(Row row) {
		if (row.lane() == Lane.CAMPAIGN) {
			requeue(row.id(), row.attempts(), this.usage.nextDay().toEpochMilli(), "daily spending cap reached; waits for tomorrow");
		}
		else {
			finish(row.id(), OutboxStatus.FAILED, null, "daily spending cap reached");
		}
	}

	private void throttled(Row row, Channel channel, Duration retryAfter) {
		Duration wait = retryAfter == null || retryAfter.isNegative() ? Duration.ofSeconds(1) : retryAfter;
		this.limiters.get(channel).pause(wait);
		requeue(row.id(), row.attempts(), this.clock.millis() + wait.toMillis(), "throttled by the platform");
	}

	private void retry(Row row, String detail) {
		int attempts = row.attempts() + 1;
		if (attempts >= MAX_ATTEMPTS) {
			finish(row.id(), OutboxStatus.FAILED, null, "gave up after " + attempts + " attempts: " + detail);
			return;
		}
		requeue(row.id(), attempts, this.clock.millis() + backoff(attempts).toMillis(), detail);
	}

	private void requeue(long id, int attempts, long nextAttemptAt, String detail) {
		this.jdbc.sql("""
				UPDATE outbox SET status = 'QUEUED', attempts = :attempts, next_attempt_at = :next, detail = :detail,
				updated_at = :now WHERE id = :id""")
			.param("attempts", attempts)
			.param("next", nextAttemptAt)
			.param("detail", detail)
			.param("now", this.clock.millis())
			.param("id", id)
			.update();
	}

	/** One second, doubling each attempt, at most five minutes. */
	static Duration backoff(int attempts) {
		Duration wait = Duration.ofSeconds(1L << Math.min(attempts - 1, 20));
		return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
	}

	private void finish(long id, OutboxStatus status, String platformId, String detail) {
		this.jdbc.sql("""
				UPDATE outbox SET status = :status, platform_id = :platformId, detail = :detail, address_enc = NULL,
				updated_at = :now WHERE id = :id""")
			.param("status", status.name())
			.param("platformId", platformId)
			.param("detail", detail)
			.param("now", this.clock.millis())
			.param("id", id)
			.update();
	}

	@Override
	protected void beginWork() {
		recoverStaleSends();
		if (this.gateways.isEmpty() || !this.autoStart) {
			return;
		}
		startPacedThreads("outbox-dispatcher", this::step, this.wakeUp);
	}
}
