package uk.sosafe.assistant.channel.fakes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The recorded Telegram and Twilio payloads (copied from the team's shared fixtures) as test resources. */
public final class Fixtures {

	public static final JsonMapper JSON = JsonMapper.builder().build();

	private Fixtures() {
	}

	public static String text(String name) {
		try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("No fixture " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static JsonNode json(String name) {
		return JSON.readTree(text(name));
	}
}
