package uk.sosafe.assistant.cluster;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;

import uk.sosafe.assistant.channel.fakes.FakeTwilio;
import uk.sosafe.assistant.privacy.PersonalData;
import uk.sosafe.assistant.system.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Two instances, each its own JVM, on one PostgreSQL, behind a "load balancer" that spreads residents'
 * texts over both. A burst of texts and a campaign go through them, and one instance is killed (no
 * shutdown, as a crashed machine) half-way. Afterwards: every text was handled once and in each
 * resident's order, every reply and campaign text went out once (a send cut off by the kill is left
 * uncertain rather than sent twice), and the survivor finished the dead instance's work once its leases
 * ran out. Runs in the postgres test run only (see pom.xml).
 */
class TwoInstancesClusterTest {

	private static final int RESIDENTS = 10;

	private static final int TEXTS_EACH = 6;

	private static final List<String> QUESTIONS = List.of("what is cuckooing", "how do i report a scam text",
			"what are the signs of county lines", "how do i report anti social behaviour", "what is a hate crime",
			"where can i get help with drugs");

	/** A phrase from the answer to each question, in the same order. */
	private static final List<String> ANSWER_MARKS = List.of("Cuckooing is", "7726", "Signs include", "ASB is",
			"hate crime is", "No More");

	private static final String CAMPAIGN_TEXT = "SoSafe: a scam wave is going round. Never give your bank PIN to a caller.";

	private final FakeTwilio twilio = new FakeTwilio();

	private final List<AppProcess> processes = new ArrayList<>();

	private final byte[] key = new byte[32];

	@TempDir
	Path data;

	@AfterEach
	void stop() {
		this.processes.forEach(AppProcess::kill);
		this.twilio.close();
	}

	@Test
	void aBurstAndACampaignAreHandledOnceInOrderAndTheSurvivorFinishesTheKilledInstancesWork() throws Exception {
		assumeThat(TestDatabases.postgres()).as("needs PostgreSQL (the postgres test run)").isTrue();
		new SecureRandom().nextBytes(this.key);
		String url = TestDatabases.urlFor(this.data);
		AppProcess a = start("a", url);
		AppProcess b = start("b", url);
		a.awaitUp();
		b.awaitUp();

		try (HikariDataSource dataSource = dataSource(url)) {
			JdbcClient jdbc = JdbcClient.create(dataSource);
			await(() -> count(jdbc, "SELECT COUNT(*) FROM cluster_instances") == 2, "both instances to sign on");

			// Each resident's first text, spread over both instances, makes them known; then they subscribe.
			List<String> numbers = new ArrayList<>();
			for (int r = 0; r < RESIDENTS; r++) {
				numbers.add(String.format("+4477009009%02d", r));
			}
			for (int r = 0; r < RESIDENTS; r++) {
				text(r % 2 == 0 ? a : b, numbers.get(r), 0);
			}
			await(() -> count(jdbc, "SELECT COUNT(*) FROM residents") == RESIDENTS, "every resident to be known");
			subscribeEveryoneAndStartACampaign(jdbc);

			// The rest of the burst: texts alternate between instances; instance a dies half-way through.
			AtomicInteger sentSoFar = new AtomicInteger();
			int total = RESIDENTS * (TEXTS_EACH - 1);
			ExecutorService senders = Executors.newFixedThreadPool(5);
			List<Future<?>> done = new ArrayList<>();
			for (int r = 0; r < RESIDENTS; r++) {
				String number = numbers.get(r);
				done.add(senders.submit(() -> {
					for (int t = 1; t < TEXTS_EACH; t++) {
						AppProcess target = a.alive() && t % 2 == 1 ? a : b;
						if (!text(target, number, t)) {
							text(b, number, t);
						}
						if (sentSoFar.incrementAndGet() == total / 2) {
							a.kill();
						}
					}
					return null;
				}));
			}
			for (Future<?> future : done) {
				future.get();
			}
			senders.shutdown();
			assertThat(a.alive()).as("instance a was killed mid-burst").isFalse();

			await(() -> count(jdbc, "SELECT COUNT(*) FROM inbox WHERE status <> 'DONE'") == 0
					&& count(jdbc, "SELECT COUNT(*) FROM inbox") == RESIDENTS * TEXTS_EACH
					&& count(jdbc, "SELECT COUNT(*) FROM outbox WHERE status IN ('QUEUED', 'SENDING', 'HELD')") == 0
					&& count(jdbc, "SELECT COUNT(*) FROM campaign_recipients") == RESIDENTS,
					"the survivor to finish everything");

			PersonalData personal = new PersonalData(this.key);
			for (int r = 0; r < RESIDENTS; r++) {
				String number = numbers.get(r);
				String resident = residentOf(jdbc, personal, number);
				List<String> handled = jdbc.sql("""
						SELECT body_enc FROM transcript_entries WHERE resident_id = :r AND direction = 'IN' ORDER BY id""")
					.param("r", resident)
					.query((rs, row) -> personal.decrypt(rs.getBytes(1)))
					.list();
				List<String> expected = new ArrayList<>();
				for (int t = 0; t < TEXTS_EACH; t++) {
					expected.add(question(number, t));
				}
				assertThat(handled).as("%s: every text handled once, in order", number).containsExactlyElementsOf(expected);

				long sentRows = count(jdbc, "SELECT COUNT(*) FROM outbox WHERE resident_id = '" + resident
						+ "' AND status IN ('SENT', 'DELIVERED')");
				long uncertain = count(jdbc, "SELECT COUNT(*) FROM outbox WHERE resident_id = '" + resident
						+ "' AND status = 'UNCERTAIN'");
				List<String> received = this.twilio.deliveredTo(number).stream().map(FakeTwilio.Sent::body).toList();
				assertThat(sentRows + uncertain).as("%s: six replies and the campaign, each sent or left uncertain",
						number).isEqualTo(TEXTS_EACH + 1);
				// An uncertain send may or may not have reached Twilio before the kill; it is never sent again.
				assertThat(received.size()).as("%s: texts received", number).isBetween((int) sentRows, (int) (sentRows + uncertain));
				assertThat(received).as("%s: none twice", number).doesNotHaveDuplicates();
				List<String> answers = received.stream().filter(body -> !body.equals(CAMPAIGN_TEXT + "\n\nText STOP to stop."))
					.toList();
				assertThat(answers).as("%s: answers in the order asked", number)
					.isSortedAccordingTo(java.util.Comparator.comparingInt(TwoInstancesClusterTest::askedAt));
			}
			assertThat(count(jdbc, "SELECT COUNT(*) FROM outbox WHERE status = 'UNCERTAIN'"))
				.as("only sends cut off by the kill are uncertain").isLessThanOrEqualTo(2);
			assertThat(jdbc.sql("SELECT name, owner FROM cluster_leases WHERE name IN ('campaign-fan-out', 'case-escalation')")
				.query((rs, row) -> rs.getString(1) + "=" + rs.getString(2)).list())
				.as("the survivor runs the scheduled work").containsExactlyInAnyOrder("campaign-fan-out=b", "case-escalation=b");
			await(() -> count(jdbc, "SELECT COUNT(*) FROM cluster_instances") == 1, "the dead instance to be counted out");
		}
	}

	private void subscribeEveryoneAndStartACampaign(JdbcClient jdbc) {
		long now = System.currentTimeMillis();
		jdbc.sql("""
				INSERT INTO subscriptions (resident_id, topic, channel, ward, status, created_at, confirmed_at)
				SELECT id, 'scams', 'SMS', NULL, 'CONFIRMED', :now, :now FROM residents""").param("now", now).update();
		jdbc.sql("""
				INSERT INTO campaigns (id, title, telegram_text, sms_text, topics, wards, channels, urgent, send_at, status,
				author, approved_by, approved_at, start_code, audience, created_at, updated_at, version)
				VALUES (:id, 'Scam wave', NULL, :text, 'scams', '', 'SMS', TRUE, :now, 'SCHEDULED', 'comms.one', 'comms.two',
				:now, 'c-cluster', 0, :now, :now, 1)""")
			.param("id", UUID.randomUUID().toString())
			.param("text", CAMPAIGN_TEXT)
			.param("now", now)
			.update();
	}

	private static String residentOf(JdbcClient jdbc, PersonalData personal, String number) {
		return jdbc.sql("SELECT id, address_enc FROM residents WHERE channel = 'SMS'")
			.query((rs, row) -> personal.decrypt(rs.getBytes(2)).equals(number) ? rs.getString(1) : null)
			.list()
			.stream()
			.filter(id -> id != null)
			.findFirst()
			.orElseThrow();
	}

	/** Which question an answer is to, by a phrase only that answer has. */
	private static int askedAt(String answer) {
		for (int i = 0; i < ANSWER_MARKS.size(); i++) {
			if (answer.contains(ANSWER_MARKS.get(i))) {
				return i;
			}
		}
		throw new AssertionError("An answer to none of the questions: " + answer);
	}

	private static String question(String number, int t) {
		return QUESTIONS.get(t) + " (" + number.substring(number.length() - 2) + "-" + t + ")";
	}

	private boolean text(AppProcess instance, String from, int t) throws InterruptedException {
		return instance.text(from, question(from, t), "SM" + from.substring(1) + "x" + t);
	}

	private AppProcess start(String name, String url) throws IOException {
		AppProcess instance = AppProcess.start("cluster-test-" + name, this.twilio, List.of(
				"--sosafe.data-dir=" + this.data,
				"--spring.datasource.url=" + url,
				"--sosafe.cluster.instance-id=" + name,
				"--sosafe.cluster.lease=5s",
				"--sosafe.cluster.heartbeat=1s",
				"--sosafe.outbox.send-lease=3s",
				"--sosafe.campaigns.fan-out-check=1s",
				"--sosafe.safeguarding.escalation-check=1s"),
				Map.of("SOSAFE_PRIVACY_DATA_KEY", Base64.getEncoder().encodeToString(this.key)));
		this.processes.add(instance);
		return instance;
	}

	private static HikariDataSource dataSource(String url) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(url);
		dataSource.setUsername(System.getenv().getOrDefault("SOSAFE_TEST_POSTGRES_USER", "postgres"));
		dataSource.setPassword(System.getenv().getOrDefault("SOSAFE_TEST_POSTGRES_PASSWORD", ""));
		dataSource.setMaximumPoolSize(2);
		return dataSource;
	}

	private static long count(JdbcClient jdbc, String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private static void await(BooleanSupplier condition, String what) throws InterruptedException {
		long end = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > end) {
				throw new AssertionError("Timed out waiting for " + what);
			}
			Thread.sleep(200);
		}
	}
}
