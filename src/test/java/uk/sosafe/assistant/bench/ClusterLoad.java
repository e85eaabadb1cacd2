package uk.sosafe.assistant.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import uk.sosafe.assistant.channel.fakes.FakeTwilio;
import uk.sosafe.assistant.cluster.AppProcess;
import uk.sosafe.assistant.system.TestDatabases;

/**
 * Throughput of whole instances, each in its own JVM as deployed: SMS webhooks posted by several clients,
 * spread over the instances, every one stored, handled, answered and its reply sent to the fake Twilio.
 * On SQLite (one instance) or PostgreSQL (one or more; the server named by SOSAFE_TEST_POSTGRES_URL, as
 * for the postgres test run). A harness, not a test; arguments: database (sqlite or postgres), instances,
 * clients, texts. Figures in docs/performance.md.
 */
public final class ClusterLoad {

	private ClusterLoad() {
	}

	public static void main(String[] args) throws Exception {
		String database = args.length > 0 ? args[0] : "postgres";
		int instances = args.length > 1 ? Integer.parseInt(args[1]) : 2;
		int clients = args.length > 2 ? Integer.parseInt(args[2]) : 8;
		int texts = args.length > 3 ? Integer.parseInt(args[3]) : 2_000;
		if (database.equals("sqlite") && instances != 1) {
			throw new IllegalArgumentException("SQLite is for one instance");
		}
		Path data = Files.createTempDirectory("sosafe-cluster-bench-");
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		List<String> settings = new ArrayList<>(List.of("--sosafe.data-dir=" + data, "--logging.level.root=WARN",
				"--sosafe.sms.messages-per-second=0", "--sosafe.sms.daily-cap-per-number=1000000",
				"--sosafe.sms.daily-cap-overall=1000000000"));
		if (database.equals("postgres")) {
			settings.add("--spring.datasource.url=" + TestDatabases.urlFor(data));
			settings.add("--spring.datasource.username=" + System.getenv().getOrDefault("SOSAFE_TEST_POSTGRES_USER", "postgres"));
		}
		List<String> questions = Files.readAllLines(Path.of("src/test/resources/eval/tuning/topics.tsv")).stream().skip(1)
			.map(line -> line.split("\t", 2)[1]).toList();
		List<AppProcess> running = new ArrayList<>();
		try (FakeTwilio twilio = new FakeTwilio()) {
			for (int i = 0; i < instances; i++) {
				running.add(AppProcess.start("bench-" + database + "-" + i, twilio, settings,
						Map.of("SOSAFE_PRIVACY_DATA_KEY", Base64.getEncoder().encodeToString(key))));
			}
			for (AppProcess instance : running) {
				instance.awaitUp();
			}
			run(running, twilio, questions, clients, Math.min(300, texts / 4), "warm-up");
			run(running, twilio, questions, clients, texts, database + ", " + instances + " instance(s), " + clients + " clients");
		}
		finally {
			running.forEach(AppProcess::kill);
		}
	}

	private static void run(List<AppProcess> instances, FakeTwilio twilio, List<String> questions, int clients, int texts,
			String label) throws Exception {
		int before = twilio.sent().size();
		AtomicInteger next = new AtomicInteger();
		String run = Long.toString(System.nanoTime(), 36);
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long start = System.nanoTime();
		List<Future<Integer>> refused = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			refused.add(pool.submit(() -> {
				int failures = 0;
				for (int i = next.getAndIncrement(); i < texts; i = next.getAndIncrement()) {
					String from = String.format("+447700%06d", i % 1_000_000);
					if (!instances.get(i % instances.size()).text(from, questions.get(i % questions.size()), "SM" + run + "x" + i)) {
						failures++;
					}
				}
				return failures;
			}));
		}
		int failures = 0;
		for (Future<Integer> future : refused) {
			failures += future.get();
		}
		long accepted = System.nanoTime();
		pool.shutdown();
		pool.awaitTermination(1, TimeUnit.MINUTES);
		while (twilio.sent().size() - before < texts - failures && System.nanoTime() - start < TimeUnit.MINUTES.toNanos(10)) {
			Thread.sleep(20);
		}
		long answered = System.nanoTime();
		int replies = twilio.sent().size() - before;
		System.out.printf("%s: %d texts, %d refused; accepted %.0f/s; answered end to end %.0f/s (%d replies in %.1f s)%n",
				label, texts, failures, texts / seconds(start, accepted), replies / seconds(start, answered), replies,
				seconds(start, answered));
	}

	private static double seconds(long from, long to) {
		return (to - from) / 1e9;
	}
}
