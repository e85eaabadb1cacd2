package uk.sosafe.assistant.safety;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a team answers, in Europe/London: "always", or days and hours such as "Mon-Fri 09:00-17:00"
 * or "Sat,Sun 10:00-14:00". An end before the start runs past midnight.
 */
record WorkingHours(Set<DayOfWeek> days, LocalTime from, LocalTime to, boolean always) {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static final Pattern FORM = Pattern.compile("^([A-Za-z,\\- ]+?)\\s+(\\d{2}:\\d{2})-(\\d{2}:\\d{2})$");

	private static final List<String> DAY_NAMES = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

	static WorkingHours parse(String text) {
		String trimmed = text == null ? "" : text.strip();
		if (trimmed.equalsIgnoreCase("always")) {
			return new WorkingHours(EnumSet.allOf(DayOfWeek.class), LocalTime.MIN, LocalTime.MAX, true);
		}
		Matcher form = FORM.matcher(trimmed);
		if (!form.matches()) {
			throw new IllegalArgumentException("\"" + trimmed + "\" is not \"always\" or like \"Mon-Fri 09:00-17:00\"");
		}
		try {
			return new WorkingHours(days(form.group(1)), LocalTime.parse(form.group(2)), LocalTime.parse(form.group(3)), false);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("\"" + trimmed + "\" has a time that is not HH:MM");
		}
	}

	private static Set<DayOfWeek> days(String text) {
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		for (String part : text.toLowerCase(Locale.ROOT).replace(" ", "").split(",")) {
			String[] range = part.split("-");
			int first = day(range[0]);
			int last = range.length > 1 ? day(range[1]) : first;
			for (int i = first;; i = (i + 1) % 7) {
				days.add(DayOfWeek.of(i + 1));
				if (i == last) {
					break;
				}
			}
		}
		return days;
	}

	private static int day(String name) {
		int index = DAY_NAMES.indexOf(name.length() >= 3 ? name.substring(0, 3) : name);
		if (index < 0) {
			throw new IllegalArgumentException("\"" + name + "\" is not a day (Mon, Tue, Wed, Thu, Fri, Sat, Sun)");
		}
		return index;
	}

	/** Whether the team answers at this instant. */
	boolean isOpen(Instant at) {
		if (this.always) {
			return true;
		}
		ZonedDateTime local = at.atZone(LONDON);
		LocalTime time = local.toLocalTime();
		if (!this.from.isAfter(this.to)) {
			return this.days.contains(local.getDayOfWeek()) && !time.isBefore(this.from) && time.isBefore(this.to);
		}
		boolean lateOnAWorkingDay = this.days.contains(local.getDayOfWeek()) && !time.isBefore(this.from);
		boolean earlyAfterOne = this.days.contains(local.getDayOfWeek().minus(1)) && time.isBefore(this.to);
		return lateOnAWorkingDay || earlyAfterOne;
	}
}
