package uk.sosafe.assistant.console;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Staff console settings.
 *
 * @param idleTimeout a console session unused this long is ended (the servlet session timeout is the backstop)
 * @param reviewAfter an article not reviewed for this long is highlighted for review
 */
@ConfigurationProperties("sosafe.console")
record ConsoleProperties(Duration idleTimeout, Period reviewAfter) {

	ConsoleProperties {
		idleTimeout = idleTimeout == null ? Duration.ofMinutes(30) : idleTimeout;
		reviewAfter = reviewAfter == null ? Period.ofMonths(12) : reviewAfter;
	}
}
