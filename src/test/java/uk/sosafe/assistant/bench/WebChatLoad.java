package uk.sosafe.assistant.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import uk.sosafe.assistant.SosafeAssistantApplication;

/**
 * End-to-end web chat throughput on loopback, with persistence: starts the assistant on a random port
 * with a throwaway SQLite file, then clients send the tuning questions through the chat API as fast as
 * they can. Prints messages per second and latency percentiles. A harness, not a test: run with
 * {@code ./mvnw -Pbench verify -DskipTests} (arguments: clients, messages, warm-up messages).
 *
 * <p>The warm-up run matters: the safety rules' regular expressions and the learnt models keep the JIT
 * compiler busy for about a minute, and a measured run that starts before it is done measures the
 * compiler. The warm-up defaults to as many messages as are measured. With {@code -Dbench.jfr=file.jfr}
 * a flight recording (the "profile" settings) covers the measured run only.
 */
public final class WebChatLoad {

	private WebChatLoad() {
	}

	public static void main(String[] args) throws Exception {
		int clients = args.length > 0 ? Integer.parseInt(args[0]) : 8;
		int messages = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
		int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : messages;
		Path data = Files.createTempDirectory("sosafe-bench-");
		ConfigurableApplicationContext app = SpringApplication.run(SosafeAssistantApplication.class, "--server.port=0",
				"--sosafe.data-dir=" + data, "--sosafe.knowledge.reload-check=0s", "--logging.level.root=WARN",
				"--SOSAFE_ADMIN_PASSWORD=benchmark-only-password");
		try {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			List<String> questions = Files.readAllLines(Path.of("src/test/resources/eval/tuning/topics.tsv")).stream().skip(1)
				.map(line -> line.split("\t", 2)[1]).toList();
			run(port, questions, clients, warmUp);
			String recording = System.getProperty("bench.jfr");
			if (recording == null || recording.isBlank()) {
				run(port, questions, clients, messages);
			}
			else {
				try (Recording jfr = new Recording(Configuration.getConfiguration("profile"))) {
					jfr.start();
					run(port, questions, clients, messages);
					jfr.dump(Path.of(recording));
				}
			}
		}
		finally {
			app.close();
		}
	}

	private static void run(int port, List<String> questions, int clients, int messages) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		AtomicInteger sent = new AtomicInteger();
		long[] latencies = new long[messages];
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long start = System.nanoTime();
		List<Future<?>> work = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			work.add(pool.submit(() -> {
				String session = post(http, port, "/api/v1/chat/sessions", "").replaceAll(".*\"sessionId\":\"([^\"]+)\".*", "$1");
				int i;
				while ((i = sent.getAndIncrement()) < messages) {
					String question = questions.get(i % questions.size()).replace("\\", "\\\\").replace("\"", "\\\"");
					long begin = System.nanoTime();
					post(http, port, "/api/v1/chat/sessions/" + session + "/messages", "{\"text\":\"" + question + "\"}");
					latencies[i] = System.nanoTime() - begin;
				}
				return null;
			}));
		}
		for (Future<?> future : work) {
			future.get();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		pool.shutdown();
		Arrays.sort(latencies);
		System.out.printf(Locale.ROOT, "web chat: %d messages, %d clients, %.0f messages/s, p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
				messages, clients, messages / seconds, latencies[messages / 2] / 1e6, latencies[(int) (messages * 0.99)] / 1e6,
				latencies[messages - 1] / 1e6);
	}

	private static String post(HttpClient http, int port, String path, String body) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() >= 300) {
			throw new IllegalStateException("HTTP " + response.statusCode() + " for " + path);
		}
		return response.body();
	}
}
