package uk.sosafe.assistant.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
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
 * {@code ./mvnw -Pbench verify -DskipTests} (arguments: clients, messages, warm-up messages, measured rounds).
 *
 * <p>On two shared cores one round can come out a fifth faster or slower than the next, so the messages are
 * measured in several rounds (three unless told) and the median round is the figure.
 *
 * <p>The warm-up run matters. Code that runs once a message (the web layer, the safety check, the database
 * calls) reaches the JIT compiler's last tier only after some fifteen thousand messages, and on two cores the
 * compiler then competes with the assistant for minutes: a profile after 8,000 warm-up messages still showed
 * it taking a third of the CPU. The warm-up defaults to three times the measured messages. With
 * {@code -Dbench.jfr=file.jfr} a flight recording (the "profile" settings) covers the measured run only.
 *
 * <p>The clients share the two cores with the assistant, so they are kept cheap: each holds one keep-alive
 * HTTP/1.1 connection on a plain socket and writes each request as bytes, as load generators such as wrk do.
 * The JDK's HTTP client cost about half a millisecond of CPU a message.
 */
public final class WebChatLoad {

	private WebChatLoad() {
	}

	public static void main(String[] args) throws Exception {
		int clients = args.length > 0 ? Integer.parseInt(args[0]) : 8;
		int messages = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
		int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 3 * messages;
		int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
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
				double[] perSecond = new double[rounds];
				for (int round = 0; round < rounds; round++) {
					perSecond[round] = run(port, questions, clients, messages);
				}
				Arrays.sort(perSecond);
				System.out.printf(Locale.ROOT, "web chat: median of %d rounds %.0f messages/s (lowest %.0f, highest %.0f)%n",
						rounds, perSecond[rounds / 2], perSecond[0], perSecond[rounds - 1]);
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

	/** Sends {@code messages} questions from {@code clients} clients; prints and returns the messages a second. */
	private static double run(int port, List<String> questions, int clients, int messages) throws Exception {
		AtomicInteger sent = new AtomicInteger();
		long[] latencies = new long[messages];
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long start = System.nanoTime();
		List<Future<?>> work = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			work.add(pool.submit(() -> {
				try (Connection http = new Connection(port)) {
					String session = http.post("/api/v1/chat/sessions", "").replaceAll(".*\"sessionId\":\"([^\"]+)\".*", "$1");
					int i;
					while ((i = sent.getAndIncrement()) < messages) {
						String question = questions.get(i % questions.size()).replace("\\", "\\\\").replace("\"", "\\\"");
						long begin = System.nanoTime();
						http.post("/api/v1/chat/sessions/" + session + "/messages", "{\"text\":\"" + question + "\"}");
						latencies[i] = System.nanoTime() - begin;
					}
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
		return messages / seconds;
	}

	/** One keep-alive HTTP/1.1 connection on loopback: a request written as bytes, the response read by its length. */
	static final class Connection implements AutoCloseable {

		private final int port;

		private Socket socket;

		private OutputStream out;

		private InputStream in;

		Connection(int port) throws IOException {
			this.port = port;
			open();
		}

		private void open() throws IOException {
			this.socket = new Socket(InetAddress.getLoopbackAddress(), this.port);
			this.socket.setTcpNoDelay(true);
			this.out = this.socket.getOutputStream();
			this.in = new BufferedInputStream(this.socket.getInputStream(), 16 * 1024);
		}

		/** Posts a JSON body and returns the response body; fails on any status from 300 up. */
		String post(String path, String body) throws IOException {
			byte[] content = body.getBytes(StandardCharsets.UTF_8);
			String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + this.port
					+ "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: " + content.length + "\r\n\r\n";
			this.out.write(head.getBytes(StandardCharsets.US_ASCII));
			this.out.write(content);
			this.out.flush();
			String status = line();
			int code = Integer.parseInt(status.substring(9, 12));
			int length = -1;
			boolean chunked = false;
			boolean closing = false;
			for (String header = line(); !header.isEmpty(); header = line()) {
				String name = header.substring(0, Math.max(0, header.indexOf(':'))).trim().toLowerCase(Locale.ROOT);
				String value = header.substring(header.indexOf(':') + 1).trim();
				if (name.equals("content-length")) {
					length = Integer.parseInt(value);
				}
				else if (name.equals("transfer-encoding") && value.toLowerCase(Locale.ROOT).contains("chunked")) {
					chunked = true;
				}
				else if (name.equals("connection") && value.equalsIgnoreCase("close")) {
					closing = true;
				}
			}
			String response = chunked ? chunks() : new String(this.in.readNBytes(Math.max(length, 0)), StandardCharsets.UTF_8);
			if (closing) {
				// the server ends a connection after so many requests (Tomcat: 100): open the next one
				this.socket.close();
				open();
			}
			if (code >= 300) {
				throw new IllegalStateException("HTTP " + code + " for " + path + ": " + response);
			}
			return response;
		}

		private String chunks() throws IOException {
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
					size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
				body.write(this.in.readNBytes(size));
				line();
			}
			for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
				// trailers are not used
			}
			return body.toString(StandardCharsets.UTF_8);
		}

		private String line() throws IOException {
			StringBuilder line = new StringBuilder();
			for (int b = this.in.read(); b != '\n'; b = this.in.read()) {
				if (b < 0) {
					throw new IOException("Connection closed mid-response");
				}
				if (b != '\r') {
					line.append((char) b);
				}
			}
			return line.toString();
		}

		@Override
		public void close() throws IOException {
			this.socket.close();
		}
	}
}
