package uk.sosafe.assistant.system;

import java.nio.charset.StandardCharsets;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A JSON log line (the ECS and Logstash formats Boot writes when {@code logging.structured.format.console}
 * is set) has phone numbers, emails and long digit runs masked in its message, and keeps the rest.
 */
class LogRedactionTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void aJsonLogLineHasContactDetailsMasked() {
		for (String format : new String[] { "ecs", "logstash" }) {
			JsonNode line = logged(format, "Sent to +44 7700 900123 and 07700900123, chat 6123456789, mail jo.khan@example.org; "
					+ "case SS-7MR3 took 1234 ms on port 8080");

			String message = line.path("message").asString();
			assertThat(message).as(format).doesNotContain("7700", "900123", "6123456789", "jo.khan", "example.org");
			assertThat(message).as(format).contains("Sent to [number] and [number], chat [number], mail [email]",
					"case SS-7MR3 took 1234 ms on port 8080");
		}
	}

	@Test
	void everydayNumbersAreLeftAlone() {
		assertThat(LogRedaction.mask("Retention: closed-cases 12 deleted, 2026-11-26 at 03:30, v1.2.3"))
			.isEqualTo("Retention: closed-cases 12 deleted, 2026-11-26 at 03:30, v1.2.3");
	}

	private static JsonNode logged(String format, String message) {
		LoggerContext context = new LoggerContext();
		context.setMDCAdapter(new LogbackMDCAdapter());
		MockEnvironment environment = new MockEnvironment().withProperty("logging.structured.json.customizer",
				LogRedaction.class.getName());
		context.putObject(Environment.class.getName(), environment);
		StructuredLogEncoder encoder = new StructuredLogEncoder();
		encoder.setContext(context);
		encoder.setFormat(format);
		encoder.start();
		LoggingEvent event = new LoggingEvent(LogRedactionTest.class.getName(), context.getLogger("test"), Level.INFO,
				message, null, null);
		return JSON.readTree(new String(encoder.encode(event), StandardCharsets.UTF_8));
	}
}
