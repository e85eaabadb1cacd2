package uk.sosafe.assistant.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Consistent copies of the live SQLite database, taken while it is being written to. {@code VACUUM INTO}
 * runs on a connection of its own, inside one read transaction, so the copy is the database as it stood
 * at one moment (WAL lets the application go on writing meanwhile); the copy is written under a temporary
 * name, checked with {@code PRAGMA integrity_check}, and only then given its real name. Restoring is
 * stopping the service, copying a backup over {@code sosafe.db} and starting it (docs/operations.md).
 * PostgreSQL is refused: pg_dump is the tool there.
 */
@Service
public class DatabaseBackups {

	private static final Logger log = LoggerFactory.getLogger(DatabaseBackups.class);

	private static final DateTimeFormatter NAMES = DateTimeFormatter.ofPattern("'sosafe-'yyyyMMdd-HHmmss'.db'")
		.withZone(ZoneId.of("Europe/London"));

	private final String url;

	private final BackupProperties properties;

	private final Clock clock;

	DatabaseBackups(@Value("${spring.datasource.url:}") String url, BackupProperties properties, Clock clock) {
		this.url = url;
		this.properties = properties;
		this.clock = clock;
	}

	/** Whether backups can be taken here (the database is SQLite). */
	public boolean available() {
		return this.url.startsWith("jdbc:sqlite:");
	}

	/** Takes a backup into the backup folder now, then keeps only the newest {@code sosafe.backup.keep}. */
	public synchronized Backup backUp() {
		String name = NAMES.format(this.clock.instant());
		Path target = folder().resolve(name);
		for (int again = 2; Files.exists(target); again++) {
			target = folder().resolve(name.replace(".db", "-" + again + ".db"));
		}
		Backup backup = backUpTo(target);
		prune();
		return backup;
	}

	/** The daily backup, when the database is SQLite. */
	@Scheduled(cron = "${sosafe.backup.schedule:0 0 2 * * *}", zone = "Europe/London")
	void daily() {
		if (available()) {
			Backup backup = backUp();
			log.info("Backup: {} ({} bytes) in {} ms", backup.file().getFileName(), backup.bytes(), backup.millis());
		}
	}

	/** Writes a consistent, checked copy of the live database to {@code target}, which must not exist yet. */
	public Backup backUpTo(Path target) {
		if (!available()) {
			throw new BackupRefused("Backups here are for SQLite only. On PostgreSQL, use pg_dump.");
		}
		if (Files.exists(target)) {
			throw new BackupRefused("A file is already at " + target.getFileName() + ".");
		}
		long start = System.nanoTime();
		Path partial = target.resolveSibling(target.getFileName() + ".partial");
		try {
			Files.createDirectories(target.toAbsolutePath().getParent());
			Files.deleteIfExists(partial);
			try (Connection live = DriverManager.getConnection(this.url);
					PreparedStatement vacuum = live.prepareStatement("VACUUM INTO ?")) {
				vacuum.setString(1, partial.toAbsolutePath().toString());
				vacuum.execute();
			}
			String integrity = integrityOf(partial);
			if (!integrity.equals("ok")) {
				Files.deleteIfExists(partial);
				throw new IllegalStateException("The backup failed its integrity check: " + integrity);
			}
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
			ownerOnly(target);
			return new Backup(target, Files.size(target), (System.nanoTime() - start) / 1_000_000, this.clock.instant());
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The backup could not be written", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The backup could not be written to " + target.getParent(), ex);
		}
	}

	/** The backups in the backup folder, newest first. */
	public List<Backup> list() {
		Path folder = folder();
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(file -> file.getFileName().toString().matches("sosafe-\\d{8}-\\d{6}(-\\d+)?\\.db"))
				.sorted(Comparator.comparing((Path file) -> file.getFileName().toString()).reversed())
				.map(file -> new Backup(file, size(file), 0, modified(file)))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the backups in " + folder, ex);
		}
	}

	/** {@code PRAGMA integrity_check} of an SQLite file: "ok", or what is wrong. */
	static String integrityOf(Path file) throws SQLException {
		try (Connection copy = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
				Statement check = copy.createStatement();
				ResultSet result = check.executeQuery("PRAGMA integrity_check")) {
			return result.next() ? result.getString(1) : "no answer";
		}
	}

	/** A backup holds everything the database does: readable by the service's own user only, like the data key. */
	private static void ownerOnly(Path file) throws IOException {
		if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
	}

	private void prune() {
		List<Backup> all = list();
		all.stream().skip(this.properties.keep()).forEach(old -> {
			try {
				Files.deleteIfExists(old.file());
			}
			catch (IOException ex) {
				log.warn("Could not delete the old backup {}", old.file().getFileName(), ex);
			}
		});
	}

	private Path folder() {
		return this.properties.dir() != null ? this.properties.dir() : Path.of("./data/backups");
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			return -1;
		}
	}

	private static Instant modified(Path file) {
		try {
			return Files.getLastModifiedTime(file).toInstant();
		}
		catch (IOException ex) {
			return Instant.EPOCH;
		}
	}

	/** One backup file. */
	public record Backup(Path file, long bytes, long millis, Instant at) {
	}

	/** A backup that cannot be taken here, with why. */
	public static class BackupRefused extends RuntimeException {

		BackupRefused(String message) {
			super(message);
		}
	}
}
