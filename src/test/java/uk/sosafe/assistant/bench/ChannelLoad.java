package uk.sosafe.assistant.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.sosafe.assistant.SosafeAssistantApplication;
import uk.sosafe.assistant.channel.fakes.FakeTelegram;
import uk.sosafe.assistant.channel.fakes.FakeTwilio;
import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.Lane;
import uk.sosafe.assistant.conversation.spi.Outbox;
import uk.sosafe.assistant.conversation.spi.Reply;
import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.conversation.spi.Residents;

/**
 * Channel throughput against the in-process fake Telegram and Twilio servers, with persistence (a
 * throwaway SQLite file). Three runs: (1) signed SMS webhooks posted as fast as clients can, each
 * stored, handled and its reply queued and sent; (2) outbox dispatch capacity with rate limits off;
 * (3) dispatch with Telegram's limits on, to show the dispatcher keeps to the configured rate. A
 * harness, not a test: {@code ./mvnw -Pbench verify -DskipTests} (or run this class with the test
 * classpath; arguments: clients, webhooks, messages to dispatch).
 */
public final class ChannelLoad {

	private ChannelLoad() {
	}

	public static void main(String[] args) throws Exception {
		int clients = args.length > 0 ? Integer.parseInt(args[0]) : 8;
		int webhooks = args.length > 1 ? Integer.parseInt(args[1]) : 4_000;
		int dispatches = args.length > 2 ? Integer.parseInt(args[2]) : 5_000;
		try (FakeTelegram telegram = new FakeTelegram(); FakeTwilio twilio = new FakeTwilio()) {
			ConfigurableApplicationContext app = start(telegram, twilio, false);
			try {
				inbound(app, twilio, clients, Math.min(500, webhooks / 4), 0, "warm-up");
				inbound(app, twilio, clients, webhooks, 0, "as fast as the clients can");
				inbound(app, twilio, clients, Math.min(1_200, webhooks), 20, "paced at 20/s");
				dispatch(app, telegram, dispatches);
				alerts(app, telegram, twilio, 60);
			}
			finally {
				app.close();
			}
			ConfigurableApplicationContext limited = start(telegram, twilio, true);
			try {
				limits(limited, telegram);
			}
			finally {
				limited.close();
			}
		}
	}

	private static ConfigurableApplicationContext start(FakeTelegram telegram, FakeTwilio twilio, boolean limits)
			throws Exception {
		Path data = Files.createTempDirectory("sosafe-channel-bench-");
		return SpringApplication.run(SosafeAssistantApplication.class, "--server.port=0", "--sosafe.data-dir=" + data,
				"--sosafe.knowledge.reload-check=0s", "--logging.level.root=WARN",
				"--SOSAFE_ADMIN_PASSWORD=benchmark-only-password", "--TELEGRAM_BOT_TOKEN=" + FakeTelegram.TOKEN,
				"--sosafe.telegram.api-base-url=" + telegram.baseUrl(),
				"--sosafe.telegram.overall-per-second=" + (limits ? 30 : 0),
				"--sosafe.telegram.per-chat-per-second=" + (limits ? 1 : 0),
				"--TWILIO_ACCOUNT_SID=" + FakeTwilio.ACCOUNT_SID, "--TWILIO_AUTH_TOKEN=" + FakeTwilio.AUTH_TOKEN,
				"--TWILIO_MESSAGING_SERVICE_SID=" + FakeTwilio.MESSAGING_SERVICE_SID,
				"--sosafe.sms.api-base-url=" + twilio.baseUrl(), "--sosafe.public-base-url=" + FakeTwilio.PUBLIC_BASE_URL,
				"--sosafe.sms.messages-per-second=" + (limits ? 10 : 0), "--sosafe.sms.daily-cap-per-number=1000000",
				"--sosafe.sms.daily-cap-overall=1000000000");
	}

	/** Signed webhooks, each from its own number; measures acceptance and receipt-to-queued latency. */
	private static void inbound(ConfigurableApplicationContext app, FakeTwilio twilio, int clients, int count,
			int perSecond, String label) throws Exception {
		int port = ((WebServerApplicationContext) app).getWebServer().getPort();
		List<String> questions = Files.readAllLines(Path.of("src/test/resources/eval/tuning/topics.tsv")).stream().skip(1)
			.map(line -> line.split("\t", 2)[1]).toList();
		HttpClient http = HttpClient.newHttpClient();
		AtomicInteger next = new AtomicInteger();
		int base = twilio.sent().size();
		long start = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<Future<?>> work = new ArrayList<>();
		String run = label + System.nanoTime();
		for (int c = 0; c < clients; c++) {
			work.add(pool.submit(() -> {
				int i;
				while ((i = next.getAndIncrement()) < count) {
					if (perSecond > 0) {
						long due = start + i * 1_000_000_000L / perSecond;
						while (System.nanoTime() < due) {
							Thread.sleep(1);
						}
					}
					Map<String, String> params = new LinkedHashMap<>();
					params.put("MessageSid", "SM" + run + "x" + i);
					params.put("From", "+447" + (400_000_000 + Math.abs((run + i).hashCode() % 99_999_999)));
					params.put("To", "+447700900999");
					params.put("Body", questions.get(i % questions.size()));
					String signature = FakeTwilio.sign(FakeTwilio.AUTH_TOKEN,
							FakeTwilio.PUBLIC_BASE_URL + "/channels/sms/inbound", params);
					HttpResponse<String> response = http.send(HttpRequest
						.newBuilder(URI.create("http://127.0.0.1:" + port + "/channels/sms/inbound"))
						.header("Content-Type", "application/x-www-form-urlencoded").header("X-Twilio-Signature", signature)
						.POST(HttpRequest.BodyPublishers.ofString(FakeTwilio.formBody(params))).build(),
							HttpResponse.BodyHandlers.ofString());
					if (response.statusCode() != 200) {
						throw new IllegalStateException("webhook answered " + response.statusCode());
					}
				}
				return null;
			}));
		}
		for (Future<?> future : work) {
			future.get();
		}
		double acceptSeconds = (System.nanoTime() - start) / 1e9;
		pool.shutdown();
		while (twilio.sent().size() - base < count) {
			Thread.sleep(5);
		}
		double replySeconds = (System.nanoTime() - start) / 1e9;
		JdbcClient jdbc = app.getBean(JdbcClient.class);
		long[] queued = jdbc.sql("""
				SELECT o.created_at - i.received_at FROM inbox i JOIN outbox o ON o.resident_id = i.resident_id
				WHERE i.channel = 'SMS' AND i.external_id LIKE :run""")
			.param("run", "SM" + run + "%")
			.query(Long.class).list().stream().mapToLong(Long::longValue).sorted().toArray();
		System.out.printf(Locale.ROOT,
				"inbound (%s): %d signed SMS webhooks, %d clients: accepted %.0f/s; every reply sent after %.1f s "
						+ "(%.0f messages/s end to end); receipt to reply queued p50 %d ms, p99 %d ms%n",
				label, count, clients, count / acceptSeconds, replySeconds, count / replySeconds, percentile(queued, 50),
				percentile(queued, 99));
	}

	/**
	 * Residents who disclose by SMS and pass it on (disclosure, "1" for the offer, "3" for no contact,
	 * "skip" for the area): the time from the last webhook to the team's alert reaching the fake Telegram.
	 */
	private static void alerts(ConfigurableApplicationContext app, FakeTelegram telegram, FakeTwilio twilio, int count)
			throws Exception {
		int port = ((WebServerApplicationContext) app).getWebServer().getPort();
		HttpClient http = HttpClient.newHttpClient();
		long[] latencies = new long[count];
		String run = "alert" + System.nanoTime();
		for (int i = 0; i < count; i++) {
			String from = "+447" + (500_000_000 + i);
			int seen = twilio.deliveredTo(from).size();
			String[] steps = { "someone has taken over my flat and is dealing drugs from it", "1", "3" };
			for (int s = 0; s < steps.length; s++) {
				webhook(http, port, run + "x" + i + "s" + s, from, steps[s]);
				while (twilio.deliveredTo(from).size() < seen + s + 1) {
					Thread.sleep(2);
				}
			}
			int alertsBefore = telegram.calls("sendmessage").size();
			long start = System.nanoTime();
			webhook(http, port, run + "x" + i + "s9", from, "skip");
			while (true) {
				List<FakeTelegram.Call> sends = telegram.calls("sendmessage");
				if (sends.subList(alertsBefore, sends.size()).stream().anyMatch(call -> call.text().startsWith("New case"))) {
					break;
				}
				Thread.sleep(1);
			}
			latencies[i] = (System.nanoTime() - start) / 1_000_000;
		}
		java.util.Arrays.sort(latencies);
		System.out.printf(Locale.ROOT,
				"case alerts: %d residents passed a disclosure on by SMS; last message to the team's Telegram alert sent: "
						+ "p50 %d ms, p99 %d ms%n",
				count, percentile(latencies, 50), percentile(latencies, 99));
	}

	private static void webhook(HttpClient http, int port, String sid, String from, String body) throws Exception {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("MessageSid", "SM" + sid);
		params.put("From", from);
		params.put("To", "+447700900999");
		params.put("Body", body);
		HttpResponse<String> response = http.send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + port + "/channels/sms/inbound"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Twilio-Signature",
					FakeTwilio.sign(FakeTwilio.AUTH_TOKEN, FakeTwilio.PUBLIC_BASE_URL + "/channels/sms/inbound", params))
			.POST(HttpRequest.BodyPublishers.ofString(FakeTwilio.formBody(params))).build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("webhook answered " + response.statusCode());
		}
	}

	/** Messages put straight into the outbox for distinct Telegram chats, limits off. */
	private static void dispatch(ConfigurableApplicationContext app, FakeTelegram telegram, int count) throws Exception {
		Residents residents = app.getBean(Residents.class);
		Outbox outbox = app.getBean(Outbox.class);
		JdbcClient jdbc = app.getBean(JdbcClient.class);
		List<ResidentId> audience = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			audience.add(residents.resolve(Channel.TELEGRAM, String.valueOf(5_000_000_000L + i)));
		}
		int before = telegram.calls("sendmessage").size();
		long start = System.nanoTime();
		for (ResidentId resident : audience) {
			outbox.enqueue(resident, List.of(Reply.text("Campaign: check before you pay a trader at the door.")),
					Lane.CAMPAIGN);
		}
		double enqueueSeconds = (System.nanoTime() - start) / 1e9;
		while (telegram.calls("sendmessage").size() - before < count) {
			Thread.sleep(5);
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		while (jdbc.sql("SELECT COUNT(*) FROM outbox WHERE status = 'SENDING' OR status = 'QUEUED'").query(Long.class)
			.single() > 0) {
			Thread.sleep(5);
		}
		System.out.printf(Locale.ROOT,
				"dispatch, limits off: %d messages queued in %.1f s and sent in %.1f s: %.0f messages/s%n", count,
				enqueueSeconds, seconds, count / seconds);
	}

	/** Telegram limits on (30/s overall, 1/s a chat): the rate seen by the fake server. */
	private static void limits(ConfigurableApplicationContext app, FakeTelegram telegram) throws Exception {
		Residents residents = app.getBean(Residents.class);
		Outbox outbox = app.getBean(Outbox.class);
		int chats = 300;
		int before = telegram.calls("sendmessage").size();
		for (int i = 0; i < chats; i++) {
			outbox.enqueue(residents.resolve(Channel.TELEGRAM, String.valueOf(6_000_000_000L + i)),
					List.of(Reply.text("Campaign message " + i)), Lane.CAMPAIGN);
		}
		ResidentId busy = residents.resolve(Channel.TELEGRAM, "6999999999");
		for (int i = 0; i < 10; i++) {
			outbox.enqueue(busy, List.of(Reply.text("Reply " + i)), Lane.REPLY);
		}
		while (telegram.calls("sendmessage").size() - before < chats + 10) {
			Thread.sleep(10);
		}
		List<FakeTelegram.Call> sends = telegram.calls("sendmessage").subList(before, before + chats + 10);
		long[] at = sends.stream().mapToLong(FakeTelegram.Call::atNanos).sorted().toArray();
		int maxInOneSecond = 0;
		for (int i = 0, j = 0; i < at.length; i++) {
			while (at[i] - at[j] >= 1_000_000_000L) {
				j++;
			}
			maxInOneSecond = Math.max(maxInOneSecond, i - j + 1);
		}
		long[] busyAt = sends.stream().filter(call -> call.chatId().equals("6999999999"))
			.mapToLong(FakeTelegram.Call::atNanos).sorted().toArray();
		long minGap = Long.MAX_VALUE;
		for (int i = 1; i < busyAt.length; i++) {
			minGap = Math.min(minGap, busyAt[i] - busyAt[i - 1]);
		}
		double seconds = (at[at.length - 1] - at[0]) / 1e9;
		System.out.printf(Locale.ROOT,
				"limits on (Telegram 30/s overall, 1/s a chat): %d messages over %.1f s = %.1f/s; most in any one-second "
						+ "window %d; closest two messages to one chat %d ms apart%n",
				at.length, seconds, (at.length - 1) / seconds, maxInOneSecond, minGap / 1_000_000);
	}

	private static long percentile(long[] sorted, int p) {
		if (sorted.length == 0) {
			return -1;
		}
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
	}
}
