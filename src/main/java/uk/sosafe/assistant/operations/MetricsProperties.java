package uk.sosafe.assistant.operations;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Access to the metrics ({@code sosafe.metrics.*}).
 *
 * @param token the bearer token a scraper must send to read {@code /actuator/prometheus}, from the
 * environment ({@code SOSAFE_METRICS_TOKEN}); without one the metrics are not served at all
 */
@ConfigurationProperties("sosafe.metrics")
public record MetricsProperties(String token) {

	boolean enabled() {
		return this.token != null && !this.token.isBlank();
	}
}
