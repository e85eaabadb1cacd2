package uk.sosafe.assistant.conversation;

import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.DeliveryReports;

/**
 * Applies platform delivery reports to outbox rows, only ever forward: SENT after SENDING, DELIVERED or
 * FAILED after SENT (or UNCERTAIN, which a report settles). A report never undoes DELIVERED or FAILED.
 */
@Component
class DeliveryLedger implements DeliveryReports {

	private final JdbcClient jdbc;

	private final Clock clock;

	DeliveryLedger(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public boolean report(Channel channel, String platformId, Delivery delivery, String detail) {
		if (platformId == null || platformId.isBlank()) {
			return false;
		}
		List<String> from = switch (delivery) {
			case SENT -> List.of("SENDING", "UNCERTAIN");
			case DELIVERED, FAILED -> List.of("SENDING", "SENT", "UNCERTAIN");
		};
		String to = delivery == Delivery.SENT ? "SENT" : delivery.name();
		return this.jdbc.sql("""
				UPDATE outbox SET status = :to, detail = :detail, updated_at = :now
				WHERE platform_id = :platformId AND status IN (:from)""")
			.param("to", to)
			.param("detail", detail)
			.param("now", this.clock.millis())
			.param("platformId", platformId)
			.param("from", from)
			.update() > 0;
	}
}
