package uk.sosafe.assistant.console;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/** Times as staff read them: in Europe/London, GOV.UK style ("26 November 2026 at 2:05pm"). */
@Component("londonTime")
class LondonTime {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

	public String format(Instant at) {
		if (at == null) {
			return "";
		}
		return DATE.format(at.atZone(LONDON)) + " at " + TIME.format(at.atZone(LONDON)).toLowerCase(Locale.UK);
	}

	public String date(LocalDate date) {
		return date == null ? "" : DATE.format(date);
	}

	/** The machine-readable form, for {@code <time datetime>}. */
	public String iso(Instant at) {
		return at == null ? "" : at.atZone(LONDON).toOffsetDateTime().toString();
	}

	public LocalDate today(Instant now) {
		return now.atZone(LONDON).toLocalDate();
	}
}
