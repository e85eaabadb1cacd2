package uk.sosafe.assistant.system;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Keeps campaign quiet hours away from the moment the tests run: by default they are 21:00 to 08:00 in
 * London, so a journey that waits for an ordinary campaign would fail every evening. The tests get a
 * one-minute quiet window twelve hours from now instead, as the last property source, so a test that
 * sets quiet hours itself still wins. Child processes started by tests read it too (same classpath).
 */
public final class TestQuietHours implements EnvironmentPostProcessor {

	private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		environment.getPropertySources().addLast(new MapPropertySource("test-quiet-hours",
				Map.of("sosafe.campaigns.quiet-hours", awayFromNow(ZonedDateTime.now(ZoneId.of("Europe/London"))))));
	}

	/** A one-minute window twelve hours from the given time. */
	static String awayFromNow(ZonedDateTime now) {
		ZonedDateTime start = now.plusHours(12);
		return start.format(HOURS) + "-" + start.plusMinutes(1).format(HOURS);
	}
}
