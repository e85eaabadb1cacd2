package uk.sosafe.assistant.console;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
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

	/**
	 * Reads a time given as an ISO instant with an offset ({@code 2026-12-01T10:00:00Z}) or as a date and
	 * time in London ({@code 2026-12-01T10:00}); throws {@link DateTimeParseException} for anything else.
	 */
	static Instant parse(String text) {
		String trimmed = text.strip();
		try {
			return OffsetDateTime.parse(trimmed).toInstant();
		}
		catch (DateTimeParseException ex) {
			return LocalDateTime.parse(trimmed).atZone(LONDON).toInstant();
		}
	}

	public LocalDate today(Instant now) {
		return now.atZone(LONDON).toLocalDate();
	}
}
