package uk.sosafe.assistant.safety;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.sosafe.assistant.conversation.spi.ResidentForgotten;
import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.privacy.PersonalData;

/**
 * A disclosure waiting for the resident's decision: sealed, one per resident, and gone after a day, so
 * nothing is passed on (or kept) without a yes.
 */
@Component
class CaseDrafts {

	static final Duration KEPT_FOR = Duration.ofDays(1);

	/** A disclosure as the resident wrote it, with the category the safety check gave it. */
	record Draft(String category, boolean emergency, byte[] sealedText, String safeTimes) {
	}

	private final JdbcClient jdbc;

	private final PersonalData personalData;

	private final Clock clock;

	CaseDrafts(JdbcClient jdbc, PersonalData personalData, Clock clock) {
		this.jdbc = jdbc;
		this.personalData = personalData;
		this.clock = clock;
	}

	void keep(ResidentId resident, String category, boolean emergency, String text) {
		this.jdbc.sql("""
				INSERT INTO case_drafts (resident_id, category, emergency, text_enc, created_at)
				VALUES (:resident, :category, :emergency, :text, :now)
				ON CONFLICT (resident_id) DO UPDATE SET category = excluded.category, emergency = excluded.emergency,
				text_enc = excluded.text_enc, times_enc = NULL, created_at = excluded.created_at""")
			.param("resident", resident.value())
			.param("category", category)
			.param("emergency", emergency)
			.param("text", this.personalData.encrypt(text))
			.param("now", this.clock.millis())
			.update();
	}

	Optional<Draft> find(ResidentId resident) {
		return this.jdbc.sql("""
				SELECT category, emergency, text_enc, times_enc FROM case_drafts WHERE resident_id = :resident
				AND created_at >= :since""")
			.param("resident", resident.value())
			.param("since", this.clock.millis() - KEPT_FOR.toMillis())
			.query((rs, row) -> new Draft(rs.getString(1), rs.getBoolean(2), rs.getBytes(3),
					rs.getBytes(4) == null ? null : this.personalData.decrypt(rs.getBytes(4))))
			.optional();
	}

	/** Keeps, sealed, when the resident said it is safe to call. */
	void rememberSafeTimes(ResidentId resident, String safeTimes) {
		this.jdbc.sql("UPDATE case_drafts SET times_enc = :times WHERE resident_id = :resident")
			.param("times", safeTimes == null ? null : this.personalData.encrypt(safeTimes))
			.param("resident", resident.value())
			.update();
	}

	void discard(ResidentId resident) {
		this.jdbc.sql("DELETE FROM case_drafts WHERE resident_id = :resident").param("resident", resident.value()).update();
	}

	@Scheduled(fixedDelayString = "${sosafe.retention.check-every:1h}", initialDelayString = "${sosafe.retention.check-every:1h}")
	void discardOld() {
		this.jdbc.sql("DELETE FROM case_drafts WHERE created_at < :before")
			.param("before", this.clock.millis() - KEPT_FOR.toMillis())
			.update();
	}

	@EventListener
	@Transactional
	void on(ResidentForgotten event) {
		discard(event.resident());
	}
}
