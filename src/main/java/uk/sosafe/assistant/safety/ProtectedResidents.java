package uk.sosafe.assistant.safety;

import java.time.Clock;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.sosafe.assistant.conversation.spi.ResidentForgotten;
import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.conversation.spi.ResidentProtected;

/**
 * Residents who disclosed domestic abuse, sexual violence or stalking are marked protected: someone
 * may read their phone, so nothing is sent to them unprompted. Campaigns and any other unprompted
 * sender ask {@link #isProtected} and hear {@link ResidentProtected}.
 */
@Component
public class ProtectedResidents {

	static final Set<String> PROTECTING_CATEGORIES = Set.of("domestic-abuse", "sexual-violence", "stalking-harassment");

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProtectedResidents(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** Marks the resident protected if the category calls for it; the event is published the first time. */
	void afterDisclosure(ResidentId resident, String category) {
		if (!PROTECTING_CATEGORIES.contains(category)) {
			return;
		}
		int marked = this.jdbc.sql("""
				INSERT INTO protected_residents (resident_id, since) VALUES (:resident, :now)
				ON CONFLICT (resident_id) DO NOTHING""")
			.param("resident", resident.value())
			.param("now", this.clock.millis())
			.update();
		if (marked == 1) {
			this.events.publishEvent(new ResidentProtected(resident));
		}
	}

	public boolean isProtected(ResidentId resident) {
		return this.jdbc.sql("SELECT COUNT(*) FROM protected_residents WHERE resident_id = :resident")
			.param("resident", resident.value())
			.query(Integer.class)
			.single() > 0;
	}

	@EventListener
	@Transactional
	void on(ResidentForgotten event) {
		this.jdbc.sql("DELETE FROM protected_residents WHERE resident_id = :resident")
			.param("resident", event.resident().value())
			.update();
	}
}
