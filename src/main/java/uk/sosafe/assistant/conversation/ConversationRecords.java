package uk.sosafe.assistant.conversation;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.sosafe.assistant.conversation.spi.Reply;
import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.conversation.spi.ResidentRecords;
import uk.sosafe.assistant.conversation.spi.Residents;
import uk.sosafe.assistant.privacy.PersonalData;

/**
 * The conversation module's share of a subject-access export: the resident's address and dates, their
 * transcript, the messages in the inbox and outbox, and what was spent sending to them, all decrypted.
 */
@Component
class ConversationRecords implements ResidentRecords {

	private final JdbcClient jdbc;

	private final Residents residents;

	private final Transcript transcript;

	private final JdbcOutbox outbox;

	private final PersonalData personalData;

	ConversationRecords(JdbcClient jdbc, Residents residents, Transcript transcript, JdbcOutbox outbox,
			PersonalData personalData) {
		this.jdbc = jdbc;
		this.residents = residents;
		this.transcript = transcript;
		this.outbox = outbox;
		this.personalData = personalData;
	}

	@Override
	public String part() {
		return "conversation";
	}

	@Override
	public Map<String, Object> export(ResidentId resident) {
		Map<String, Object> export = new LinkedHashMap<>();
		boolean optedOut = this.residents.isOptedOut(resident);
		this.jdbc.sql("SELECT channel, address_enc, created_at, last_seen_at, source FROM residents WHERE id = :id")
			.param("id", resident.value())
			.query((rs, row) -> new ResidentView(rs.getString(1), this.personalData.decrypt(rs.getBytes(2)),
					Instant.ofEpochMilli(rs.getLong(3)), Instant.ofEpochMilli(rs.getLong(4)), rs.getString(5), optedOut))
			.optional()
			.ifPresent(view -> export.put("resident", view));
		if (export.isEmpty()) {
			return export;
		}
		export.put("conversationMode", this.jdbc.sql("SELECT mode FROM conversations WHERE resident_id = :id")
			.param("id", resident.value()).query((rs, row) -> rs.getString(1)).optional().orElse(null));
		export.put("transcript", this.transcript.of(resident));
		export.put("inbox", inbox(resident));
		export.put("outbox", outbox(resident));
		export.put("dailySending", this.jdbc.sql("SELECT day, channel, units FROM send_usage WHERE scope = :id ORDER BY day")
			.param("id", resident.value())
			.query((rs, row) -> new Usage(rs.getString(1), rs.getString(2), rs.getInt(3)))
			.list());
		return export;
	}

	@Override
	public List<String> keptAfterForgetting(ResidentId resident) {
		return this.residents.isOptedOut(resident)
				? List.of("The opt-out of this address, as a keyed hash only, so the address is never messaged again.")
				: List.of();
	}

	private List<Inbound> inbox(ResidentId resident) {
		return this.jdbc.sql("SELECT channel, text_enc, option_value, received_at, status FROM inbox WHERE resident_id = :id ORDER BY id")
			.param("id", resident.value())
			.query((rs, row) -> new Inbound(rs.getString(1), this.personalData.decrypt(rs.getBytes(2)), rs.getString(3),
					Instant.ofEpochMilli(rs.getLong(4)), rs.getString(5)))
			.list();
	}

	private List<Outbound> outbox(ResidentId resident) {
		return this.jdbc.sql("SELECT lane, body_enc, status, created_at, updated_at FROM outbox WHERE resident_id = :id ORDER BY id")
			.param("id", resident.value())
			.query((rs, row) -> new Outbound(rs.getInt(1), this.outbox.replies(rs.getBytes(2)).stream().map(Reply::text)
				.collect(Collectors.joining("\n\n")), rs.getString(3), Instant.ofEpochMilli(rs.getLong(4)),
					Instant.ofEpochMilli(rs.getLong(5))))
			.list();
	}

	record ResidentView(String channel, String address, Instant firstSeen, Instant lastSeen, String source,
			boolean optedOut) {
	}

	record Inbound(String channel, String text, String option, Instant receivedAt, String status) {
	}

	record Outbound(int lane, String text, String status, Instant createdAt, Instant updatedAt) {
	}

	record Usage(String day, String channel, int units) {
	}
}
