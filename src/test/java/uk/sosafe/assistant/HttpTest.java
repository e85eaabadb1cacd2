package uk.sosafe.assistant;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Calls a running assistant over real HTTP: the helpers shared by the full-application tests. Each
 * subclass family declares its own {@code @SpringBootTest} and its own data folder, so contexts with
 * different settings never share a database.
 */
public abstract class HttpTest {

	public static final String ADMIN_PASSWORD = "correct horse battery staple";

	public static final String METRICS_TOKEN = "metrics-token-for-tests-only";

	protected static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	protected int port;

	@Autowired
	protected JdbcClient jdbc;

	protected Response post(String path, String contentType, String body) {
		return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
	}

	protected Response postJson(String path, String json) {
		return post(path, "application/json", json);
	}

	protected Response get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET());
	}

	protected Response delete(String path) {
		return send(HttpRequest.newBuilder(uri(path)).DELETE());
	}

	protected Response asStaff(String username, String password, HttpRequest.Builder request) {
		String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		return send(request.header("Authorization", "Basic " + token));
	}

	/** A staff API call: {@code json} is the body, or null for none. */
	protected Response asStaff(String username, String password, String method, String path, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
		if (json != null) {
			request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		return asStaff(username, password, request);
	}

	protected URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	/** Opens a web chat session and returns its id. */
	protected String openSession() {
		Response created = post("/api/v1/chat/sessions", "application/json", "");
		return created.json().get("sessionId").asString();
	}

	/** Sends text in a session and returns the parsed response body. */
	protected Response say(String sessionId, String text) {
		return postJson("/api/v1/chat/sessions/" + sessionId + "/messages",
				JSON.createObjectNode().put("text", text).toString());
	}

	protected Response choose(String sessionId, String option) {
		return postJson("/api/v1/chat/sessions/" + sessionId + "/messages",
				JSON.createObjectNode().put("option", option).toString());
	}

	protected static Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(), response);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A new empty folder for a context's data. */
	protected static Path temporaryFolder(String prefix) {
		try {
			Path folder = Files.createTempDirectory(prefix);
			folder.toFile().deleteOnExit();
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** An HTTP response with its body. */
	public record Response(int status, String body, HttpResponse<String> raw) {

		public JsonNode json() {
			return JSON.readTree(this.body);
		}

		public String header(String name) {
			return this.raw.headers().firstValue(name).orElse(null);
		}
	}
}
