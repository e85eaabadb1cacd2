package uk.sosafe.assistant.operations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.sosafe.assistant.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A backup taken from the live SQLite database while another connection keeps writing is the database as
 * it stood at one moment: it passes the integrity check and Flyway's validation, holds a prefix of the
 * writes with every outbox row's resident present, and, copied over sosafe.db, starts as a working
 * database. Old backups are pruned; PostgreSQL is refused.
 */
class DatabaseBackupsTest {

	private static final String OPTIONS = "?journal_mode=WAL&busy_timeout=5000&foreign_keys=true&synchronous=NORMAL"
			+ "&transaction_mode=IMMEDIATE";

	private static final int PREFILLED = 3_000;

	@TempDir
	Path folder;

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T02:00:00Z"));

	@Test
	void aBackupUnderWriteLoadIsAConsistentPrefixThatRestoresAndRuns() throws Exception {
		String url = migratedDatabase(this.folder.resolve("live"));
		prefill(url);
		AtomicBoolean stop = new AtomicBoolean();
		AtomicInteger written = new AtomicInteger();
		CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> keepWriting(url, stop, written));
		awaitWrites(written, 50);
		int before = written.get();

		Path backup = this.folder.resolve("backups/now.db");
		DatabaseBackups.Backup taken = backups(url, 7).backUpTo(backup);
		int after = written.get();
		awaitWrites(written, after + 50);
		stop.set(true);
		writer.get(30, TimeUnit.SECONDS);

		assertThat(taken.bytes()).isPositive();
		assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");
		assertThat(DatabaseBackups.integrityOf(backup)).isEqualTo("ok");
		assertThat(Flyway.configure().dataSource("jdbc:sqlite:" + backup, null, null).locations("classpath:db/migration/common", "classpath:db/migration/sqlite")
			.load().validateWithResult().validationSuccessful).isTrue();
		List<Integer> loaded = loadSequence("jdbc:sqlite:" + backup);
		assertThat(loaded.size()).as("writes in the backup").isBetween(before, after + 1);
		assertThat(loaded).as("a prefix of the writes, none torn").containsExactlyElementsOf(range(loaded.size()));
		assertThat(count("jdbc:sqlite:" + backup, """
				SELECT COUNT(*) FROM outbox o WHERE NOT EXISTS (SELECT 1 FROM residents r WHERE r.id = o.resident_id)""")).isZero();
		assertThat(count("jdbc:sqlite:" + backup, "SELECT COUNT(*) FROM residents")).isEqualTo(PREFILLED + loaded.size());
		assertThat(count(url, "SELECT COUNT(*) FROM residents")).isGreaterThan(PREFILLED + loaded.size());

		Path restored = this.folder.resolve("restored");
		Files.createDirectories(restored);
		Files.copy(backup, restored.resolve("sosafe.db"));
		String restoredUrl = "jdbc:sqlite:" + restored.resolve("sosafe.db") + OPTIONS;
		assertThat(Flyway.configure().dataSource(restoredUrl, null, null).locations("classpath:db/migration/common", "classpath:db/migration/sqlite").load()
			.migrate().success).isTrue();
		writeOne(restoredUrl, 1_000_000);
		assertThat(count(restoredUrl, "SELECT COUNT(*) FROM residents")).isEqualTo(PREFILLED + loaded.size() + 1);
	}

	@Test
	void theDailyBackupKeepsOnlyTheNewestAndNeverOverwrites() throws Exception {
		String url = migratedDatabase(this.folder.resolve("live"));
		DatabaseBackups backups = backups(url, 2);

		for (int day = 0; day < 3; day++) {
			backups.backUp();
			this.clock.advance(Duration.ofDays(1));
		}

		assertThat(backups.list()).extracting(backup -> backup.file().getFileName().toString())
			.containsExactly("sosafe-20261128-020000.db", "sosafe-20261127-020000.db");
		Path existing = backups.list().get(0).file();
		assertThatThrownBy(() -> backups.backUpTo(existing)).isInstanceOf(DatabaseBackups.BackupRefused.class);
	}

	@Test
	void postgresqlIsRefusedWithWhatToUseInstead() {
		DatabaseBackups backups = new DatabaseBackups("jdbc:postgresql://localhost/sosafe",
				new BackupProperties(this.folder, 7, "-"), this.clock);

		assertThat(backups.available()).isFalse();
		assertThatThrownBy(backups::backUp).isInstanceOf(DatabaseBackups.BackupRefused.class).hasMessageContaining("pg_dump");
	}

	private DatabaseBackups backups(String url, int keep) {
		return new DatabaseBackups(url, new BackupProperties(this.folder.resolve("backups"), keep, "-"), this.clock);
	}

	private static String migratedDatabase(Path dir) throws Exception {
		Files.createDirectories(dir);
		String url = "jdbc:sqlite:" + dir.resolve("sosafe.db") + OPTIONS;
		Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration/common", "classpath:db/migration/sqlite").load().migrate();
		return url;
	}

	/** Enough rows (and bytes) that copying them takes a while. */
	private static void prefill(String url) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url)) {
			connection.setAutoCommit(false);
			for (int i = 0; i < PREFILLED; i++) {
				insert(connection, "r_pre_" + i);
			}
			connection.commit();
		}
	}

	/** The application's writer: a resident and their outbox row in one transaction, again and again. */
	private static void keepWriting(String url, AtomicBoolean stop, AtomicInteger written) {
		try (Connection connection = DriverManager.getConnection(url)) {
			connection.setAutoCommit(false);
			while (!stop.get()) {
				insert(connection, "r_load_" + written.get());
				connection.commit();
				written.incrementAndGet();
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void writeOne(String url, int sequence) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url)) {
			connection.setAutoCommit(false);
			insert(connection, "r_load_" + sequence);
			connection.commit();
		}
	}

	private static void insert(Connection connection, String resident) throws SQLException {
		try (PreparedStatement residents = connection.prepareStatement("""
				INSERT INTO residents (id, channel, address_hash, address_enc, created_at, last_seen_at)
				VALUES (?, 'SMS', ?, ?, 0, 0)""");
				PreparedStatement outbox = connection.prepareStatement("""
						INSERT INTO outbox (resident_id, lane, body_enc, status, attempts, next_attempt_at, created_at, updated_at)
						VALUES (?, 1, ?, 'QUEUED', 0, 0, 0, 0)""")) {
			residents.setString(1, resident);
			residents.setString(2, "hash-" + resident);
			residents.setBytes(3, new byte[64]);
			residents.executeUpdate();
			outbox.setString(1, resident);
			outbox.setBytes(2, new byte[1_024]);
			outbox.executeUpdate();
		}
	}

	private static void awaitWrites(AtomicInteger written, int atLeast) throws InterruptedException {
		long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (written.get() < atLeast && System.nanoTime() < end) {
			Thread.sleep(5);
		}
		assertThat(written.get()).as("writes made").isGreaterThanOrEqualTo(atLeast);
	}

	private static List<Integer> loadSequence(String url) throws SQLException {
		List<Integer> sequence = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(url);
				Statement query = connection.createStatement();
				ResultSet rows = query.executeQuery("SELECT id FROM residents WHERE id LIKE 'r_load_%'")) {
			while (rows.next()) {
				sequence.add(Integer.parseInt(rows.getString(1).substring("r_load_".length())));
			}
		}
		sequence.sort(Integer::compare);
		return sequence;
	}

	private static List<Integer> range(int size) {
		List<Integer> range = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			range.add(i);
		}
		return range;
	}

	private static long count(String url, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url);
				Statement query = connection.createStatement();
				ResultSet rows = query.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}
}
