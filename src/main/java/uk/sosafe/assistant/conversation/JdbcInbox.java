package uk.sosafe.assistant.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.sosafe.assistant.cluster.ClusterDatabase;
import uk.sosafe.assistant.cluster.ClusterInstance;
import uk.sosafe.assistant.cluster.ClusterProperties;
import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.Inbox;
import uk.sosafe.assistant.conversation.spi.InboundMessage;
import uk.sosafe.assistant.conversation.spi.ResidentForgotten;
import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.privacy.PersonalData;

/**
 * The persistent inbox. A message is accepted once per (channel, platform id); redeliveries are
 * dropped. Workers claim the oldest waiting message of a resident who has nothing else in hand, under
 * a lease, so one resident's messages are handled in order and a crashed worker's claim runs out
 * ({@code sosafe.cluster.lease}). With several instances on PostgreSQL, a claim skips the rows another
 * instance is claiming at that moment instead of waiting for them, and a message is finished only by
 * the holder of its lease: a worker that lost its lease (it stalled, and another instance took the
 * message over) rolls back instead of answering a second time.
 */
@Component
class JdbcInbox implements Inbox {

	/** A message claimed this many times without being handled is set aside, so it cannot block its resident. */
	static final int MAX_ATTEMPTS = 5;

	private final JdbcClient jdbc;

	private final PersonalData personalData;

	private final Clock clock;

	private final WakeUp wakeUp = new WakeUp();

	private final String owner;

	private final Duration lease;

	private final ClusterDatabase database;

	JdbcInbox(JdbcClient jdbc, PersonalData personalData, Clock clock, ClusterInstance instance,
			ClusterProperties cluster, ClusterDatabase database) {
		this.jdbc = jdbc;
		this.personalData = personalData;
		this.clock = clock;
		this.owner = instance.id() + "/" + UUID.randomUUID().toString().substring(0, 8);
		this.lease = cluster.lease();
		this.database = database;
	}

	@Override
	public boolean accept(InboundMessage message) {
		boolean inserted = insert(message, "NEW");
		if (inserted) {
			this.wakeUp.ring();
		}
		return inserted;
	}

	/** Records a message that was handled as it arrived (the web chat), for the same trail as the others. */
	void recordHandled(InboundMessage message) {
		insert(message, "DONE");
	}

	private boolean insert(InboundMessage message, String status) {
		int inserted = this.jdbc.sql("""
				INSERT INTO inbox (channel, external_id, resident_id, text_enc, option_value, received_at, status)
				VALUES (:channel, :externalId, :resident, :text, :option, :receivedAt, :status)
				ON CONFLICT (channel, external_id) DO NOTHING""")
			.param("channel", message.channel().name())
			.param("externalId", message.externalId())
			.param("resident", message.resident().value())
			.param("text", this.personalData.encrypt(message.text()))
			.param("option", message.option())
			.param("receivedAt", message.receivedAt().toEpochMilli())
			.param("status", status)
			.update();
		return inserted == 1;
	}

	/** Claims the next message that may be handled now, if any. */
	@Transactional
	Optional<Claimed> claimNext() {
		long now = this.clock.millis();
		Optional<Long> candidate = this.jdbc.sql("""
				SELECT i.id FROM inbox i
				WHERE i.status = 'NEW' AND (i.lease_until IS NULL OR i.lease_until < :now)
				AND NOT EXISTS (SELECT 1 FROM inbox e WHERE e.resident_id = i.resident_id AND e.status = 'NEW' AND e.id < i.id)
				ORDER BY i.id LIMIT 1""" + this.database.skipLocked())
			.param("now", now)
			.query(Long.class)
			.optional();
		if (candidate.isEmpty()) {
			return Optional.empty();
		}
		this.jdbc.sql("""
				UPDATE inbox SET status = 'FAILED', detail = 'gave up after repeated failures', lease_owner = NULL,
				lease_until = NULL WHERE id = :id AND attempts >= :most""")
			.param("id", candidate.get())
			.param("most", MAX_ATTEMPTS)
			.update();
		int leased = this.jdbc.sql("""
				UPDATE inbox SET lease_owner = :owner, lease_until = :until, attempts = attempts + 1
				WHERE id = :id AND status = 'NEW' AND (lease_until IS NULL OR lease_until < :now)""")
			.param("owner", this.owner)
			.param("until", now + this.lease.toMillis())
			.param("id", candidate.get())
			.param("now", now)
			.update();
		return leased == 1 ? Optional.of(load(candidate.get())) : claimNextAfterSettingAside(candidate.get());
	}

	/** When the candidate was just set aside, the resident's next message may be claimed at once. */
	private Optional<Claimed> claimNextAfterSettingAside(long id) {
		String status = this.jdbc.sql("SELECT status FROM inbox WHERE id = :id").param("id", id).query(String.class).single();
		return "FAILED".equals(status) ? claimNext() : Optional.empty();
	}

	/**
	 * Finishes a claimed message, inside the transaction that saved its answer. Throws if this worker no
	 * longer holds the message's lease, so that transaction rolls back and the answer is not sent twice.
	 */
	void finish(long id, String status, String detail) {
		int finished = this.jdbc.sql("""
				UPDATE inbox SET status = :status, detail = :detail, lease_owner = NULL, lease_until = NULL
				WHERE id = :id AND lease_owner = :owner AND status = 'NEW'""")
			.param("status", status)
			.param("detail", detail)
			.param("id", id)
			.param("owner", this.owner)
			.update();
		if (finished != 1) {
			throw new LeaseLostException(id);
		}
	}

	/** A worker's claim on a message ran out and another took it over. */
	static final class LeaseLostException extends IllegalStateException {

		private static final long serialVersionUID = 1L;

		LeaseLostException(long id) {
			super("The lease on inbox message " + id + " ran out before it was finished");
		}
	}

	WakeUp wakeUp() {
		return this.wakeUp;
	}

	@EventListener
	@Transactional
	void on(ResidentForgotten event) {
		this.jdbc.sql("DELETE FROM inbox WHERE resident_id = :resident").param("resident", event.resident().value()).update();
	}

	private Claimed load(long id) {
		return this.jdbc.sql("""
				SELECT channel, external_id, resident_id, text_enc, option_value, received_at FROM inbox WHERE id = :id""")
			.param("id", id)
			.query((rs, row) -> new Claimed(id, new InboundMessage(new ResidentId(rs.getString(3)),
					Channel.valueOf(rs.getString(1)), rs.getString(2), this.personalData.decrypt(rs.getBytes(4)),
					rs.getString(5), Instant.ofEpochMilli(rs.getLong(6)))))
			.single();
	}

	/** A message claimed for handling. */
	record Claimed(long id, InboundMessage message) {
	}
}
