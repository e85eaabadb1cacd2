package uk.sosafe.assistant.conversation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.ChannelGateway.DailyCap;
import uk.sosafe.assistant.conversation.spi.ResidentForgotten;

/** What each channel spent today (Europe/London), per resident and overall, kept in the database so every instance sees it. */
@Component
class DailyUsage {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static final String OVERALL = "*";

	private final JdbcClient jdbc;

	private final Clock clock;

	DailyUsage(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Whether spending {@code units} more today for this resident stays within the cap. */
	boolean allows(Channel channel, String resident, int units, DailyCap cap) {
		String day = today();
		return spent(day, channel, resident) + units <= cap.perResident() && spent(day, channel, OVERALL) + units <= cap.overall();
	}

	void spend(Channel channel, String resident, int units) {
		String day = today();
		add(day, channel, resident, units);
		add(day, channel, OVERALL, units);
	}

	/** The start of the next day in London, when the caps reset. */
	Instant nextDay() {
		return LocalDate.now(this.clock.withZone(LONDON)).plusDays(1).atStartOfDay(LONDON).toInstant();
	}

	private String today() {
		return LocalDate.now(this.clock.withZone(LONDON)).toString();
	}

	private int spent(String day, Channel channel, String scope) {
		return this.jdbc.sql("SELECT units FROM send_usage WHERE day = :day AND channel = :channel AND scope = :scope")
			.param("day", day)
			.param("channel", channel.name())
			.param("scope", scope)
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	private void add(String day, Channel channel, String scope, int units) {
		this.jdbc.sql("""
				INSERT INTO send_usage (day, channel, scope, units) VALUES (:day, :channel, :scope, :units)
				ON CONFLICT (day, channel, scope) DO UPDATE SET units = send_usage.units + excluded.units""")
			.param("day", day)
			.param("channel", channel.name())
			.param("scope", scope)
			.param("units", units)
			.update();
	}

	@EventListener
	@Transactional
	void on(ResidentForgotten event) {
		this.jdbc.sql("DELETE FROM send_usage WHERE scope = :scope").param("scope", event.resident().value()).update();
	}
}
