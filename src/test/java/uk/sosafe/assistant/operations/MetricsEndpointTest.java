package uk.sosafe.assistant.operations;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import uk.sosafe.assistant.ApplicationTest;
import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.Residents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Prometheus metrics on the application port: only for the bearer token, with every meter operators
 * need, and nothing about any resident in them; the health check stays open and unchanged.
 */
class MetricsEndpointTest extends ApplicationTest {

	@Autowired
	Residents residents;

	@Test
	void metricsNeedTheTokenAndHealthStaysOpen() {
		Response none = get("/actuator/prometheus");
		Response wrong = send(HttpRequest.newBuilder(uri("/actuator/prometheus")).header("Authorization", "Bearer guess"));
		Response health = get("/actuator/health");

		assertThat(none.status()).isEqualTo(401);
		assertThat(none.json().path("message").asString()).contains("Bearer");
		assertThat(wrong.status()).isEqualTo(401);
		assertThat(scrape().status()).isEqualTo(200);
		assertThat(health.status()).isEqualTo(200);
		assertThat(health.json().path("status").asString()).isEqualTo("UP");
		assertThat(health.json().has("components")).isFalse();
	}

	@Test
	void conversationsCasesOutboxCampaignsAndSpendAreMeasuredWithoutPersonalData() {
		double answersBefore = value(scrape().body(), "sosafe_turns_total{handled_as=\"answer\"}");
		String session = openSession();
		say(session, "how do I report a scam?");
		say(session, "quibbits zorbling flanderwick? call me on 07700 900999");
		say(session, "there are people using my neighbours flat to sell drugs and hes too scared to say no");
		choose(session, "case:offer");
		choose(session, "case:contact:chat");
		say(session, "Bedwell");

		String metrics = awaitMetrics(body -> value(body, "sosafe_cases{state=\"unclaimed\"}") >= 1);

		assertThat(value(metrics, "sosafe_turns_total{handled_as=\"answer\"}")).isGreaterThan(answersBefore);
		assertThat(value(metrics, "sosafe_turns_total{handled_as=\"fallback\"}")).isPositive();
		assertThat(value(metrics, "sosafe_messages_in_total{channel=\"web\"}")).isGreaterThanOrEqualTo(6);
		assertThat(value(metrics, "sosafe_messages_out_total{channel=\"web\",lane=\"reply\"}")).isGreaterThanOrEqualTo(6);
		assertThat(value(metrics, "sosafe_answer_confidence_count")).isPositive();
		assertThat(value(metrics, "sosafe_cases{state=\"open\"}")).isPositive();
		assertThat(metrics).contains("sosafe_cases{state=\"escalated\"}", "sosafe_outbox_depth{lane=\"safety\"}",
				"sosafe_outbox_oldest_age_seconds{lane=\"campaign\"}", "sosafe_campaigns{status=\"sending\"}",
				"sosafe_campaign_messages{status=\"queued\"}", "sosafe_sms_segments_today", "sosafe_sms_spend_today",
				"sosafe_answer_confidence_bucket");
		String resident = this.residents.find(Channel.WEB, session).orElseThrow().value();
		assertThat(metrics).doesNotContain(session, resident, "zorbling", "07700", "neighbours");
	}

	private Response scrape() {
		return send(HttpRequest.newBuilder(uri("/actuator/prometheus")).header("Authorization", "Bearer " + METRICS_TOKEN));
	}

	/** The metrics once {@code ready} holds: gauges are read from the database at most every few seconds. */
	private String awaitMetrics(java.util.function.Predicate<String> ready) {
		long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		String body = scrape().body();
		while (!ready.test(body) && System.nanoTime() < end) {
			try {
				Thread.sleep(500);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			body = scrape().body();
		}
		return body;
	}

	private static double value(String metrics, String series) {
		Matcher line = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(metrics);
		return line.find() ? Double.parseDouble(line.group(1)) : 0;
	}
}
