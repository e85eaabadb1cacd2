package uk.sosafe.assistant.conversation;

import java.time.Instant;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.sosafe.assistant.cluster.CommittedReads;

/**
 * Conversation states, read and written with plain SQL: this is on every message's path, where
 * Spring Data's reflective mapping cost more than the database. A state carries a version, and a copy
 * older than the stored one cannot overwrite it.
 */
@Component
class Conversations {

	private final JdbcClient jdbc;

	private final CommittedReads reads;

	Conversations(JdbcClient jdbc, CommittedReads reads) {
		this.jdbc = jdbc;
		this.reads = reads;
	}

	Optional<Conversation> findById(String residentId) {
		return this.reads.sql("""
				SELECT mode, flow_state, offered_options, updated_at, version FROM conversations
				WHERE resident_id = :id""")
			.param("id", residentId)
			.query((rs, row) -> new Conversation(residentId, rs.getString(1), rs.getString(2), rs.getString(3),
					Instant.ofEpochMilli(rs.getLong(4)), rs.getLong(5)))
			.optional();
	}

	/**
	 * Inserts a new state (version 0) or updates a stored one whose version is still the one read;
	 * throws {@link OptimisticLockingFailureException} when another write came first.
	 */
	void save(Conversation conversation) {
		Long read = conversation.version();
		long next = read == null ? 0 : read + 1;
		JdbcClient.StatementSpec statement = this.jdbc.sql(read == null ? """
				INSERT INTO conversations (resident_id, mode, flow_state, offered_options, updated_at, version)
				VALUES (:id, :mode, :flowState, :offered, :updatedAt, :next)""" : """
				UPDATE conversations SET mode = :mode, flow_state = :flowState, offered_options = :offered,
				updated_at = :updatedAt, version = :next WHERE resident_id = :id AND version = :read""")
			.param("id", conversation.residentId())
			.param("mode", conversation.mode())
			.param("flowState", conversation.flowState())
			.param("offered", conversation.offeredOptions())
			.param("updatedAt", conversation.updatedAt().toEpochMilli())
			.param("next", next);
		if (read != null) {
			statement = statement.param("read", read);
		}
		if (statement.update() != 1) {
			throw new OptimisticLockingFailureException("The conversation state of " + conversation.residentId()
					+ " changed since it was read (version " + read + ")");
		}
		conversation.savedAs(next);
	}
}
