package uk.sosafe.assistant.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.sosafe.assistant.SosafeAssistantApplication;
import uk.sosafe.assistant.channel.fakes.FakeTwilio;

/**
 * The assistant in a JVM of its own, as one instance of a deployment: started with the test class path
 * and the given settings, texted through its signed Twilio webhook, and killed without a shutdown, as
 * a crashed machine would be. Used by the cluster test and the cluster benchmark.
 */
public final class AppProcess implements AutoCloseable {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private final String name;

	private final int port;

	private final Process process;

	private final Path log;

	private AppProcess(String name, int port, Process process, Path log) {
		this.name = name;
		this.port = port;
		this.process = process;
		this.log = log;
	}

	/**
	 * Starts an instance talking to the fake Twilio, with its output in target/&lt;name&gt;.log.
	 * @param settings further {@code --name=value} arguments (the data folder, the database, the cluster)
	 * @param environment variables such as the data key
	 */
	public static AppProcess start(String name, FakeTwilio twilio, List<String> settings, Map<String, String> environment)
			throws IOException {
		int port = freePort();
		Path log = Path.of("target", name + ".log");
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx384m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
				SosafeAssistantApplication.class.getName(), "--server.port=" + port,
				"--sosafe.knowledge.reload-check=0s",
				"--TWILIO_ACCOUNT_SID=" + FakeTwilio.ACCOUNT_SID, "--TWILIO_AUTH_TOKEN=" + FakeTwilio.AUTH_TOKEN,
				"--TWILIO_MESSAGING_SERVICE_SID=" + FakeTwilio.MESSAGING_SERVICE_SID,
				"--sosafe.sms.api-base-url=" + twilio.baseUrl(), "--sosafe.public-base-url=" + FakeTwilio.PUBLIC_BASE_URL));
		command.addAll(settings);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().put("SOSAFE_ADMIN_PASSWORD", "correct horse battery staple");
		builder.environment().putAll(environment);
		return new AppProcess(name, port, builder.start(), log);
	}

	public int port() {
		return this.port;
	}

	public boolean alive() {
		return this.process.isAlive();
	}

	/** Stops the JVM at once: no shutdown hooks, no lease given up, nothing finished. */
	public void kill() {
		this.process.destroyForcibly();
	}

	@Override
	public void close() {
		kill();
	}

	/** Waits until health says UP; fails with the end of the instance's log if it stops or never gets there. */
	public void awaitUp() throws InterruptedException, IOException {
		long end = System.nanoTime() + Duration.ofSeconds(150).toNanos();
		while (System.nanoTime() < end) {
			if (!this.process.isAlive()) {
				throw new AssertionError("instance " + this.name + " stopped:\n" + tail());
			}
			try {
				HttpResponse<String> health = HTTP.send(
						HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200 && health.body().contains("UP")) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		throw new AssertionError("instance " + this.name + " did not start:\n" + tail());
	}

	/** Posts a signed Twilio webhook for an inbound text; whether the instance accepted it. */
	public boolean text(String from, String body, String messageSid) throws InterruptedException {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("MessageSid", messageSid);
		params.put("From", from);
		params.put("To", "+447700900999");
		params.put("Body", body);
		try {
			HttpResponse<String> response = HTTP.send(HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/channels/sms/inbound"))
				.timeout(Duration.ofSeconds(20))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("X-Twilio-Signature",
						FakeTwilio.sign(FakeTwilio.AUTH_TOKEN, FakeTwilio.PUBLIC_BASE_URL + "/channels/sms/inbound", params))
				.POST(HttpRequest.BodyPublishers.ofString(FakeTwilio.formBody(params)))
				.build(), HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private String tail() throws IOException {
		List<String> lines = Files.readAllLines(this.log);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
