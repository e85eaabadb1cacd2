package uk.sosafe.assistant.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;

/**
 * Runs the tests against PostgreSQL instead of SQLite when {@code SOSAFE_TEST_DATABASE=postgres}
 * (the {@code postgres} test run that {@code .ci/run} starts). Each data folder a test uses gets its
 * own database, so whatever a test expects of its SQLite file (a fresh one, or the same one again after
 * a restart, even in a child process) holds for PostgreSQL too: a folder seen for the first time gets
 * a new, empty database; a folder that has one (a marker file says which) gets it back.
 *
 * <p>The datasource settings are answered when they are read, after every test property source is in
 * place, because a test names its data folder late ({@code @DynamicPropertySource}).
 */
public final class TestDatabases implements EnvironmentPostProcessor {

	/** The server: a maintenance database URL ending in "/", or "/postgres". */
	private static final String SERVER = envOr("SOSAFE_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:55432/postgres");

	private static final String USER = envOr("SOSAFE_TEST_POSTGRES_USER", "postgres");

	private static final String PASSWORD = envOr("SOSAFE_TEST_POSTGRES_PASSWORD", "");

	private static final String MARKER = "postgres-test-database";

	private static final Map<Path, String> URLS = new ConcurrentHashMap<>();

	public static String user() {
		return USER;
	}

	public static String password() {
		return PASSWORD;
	}

	/** Every table of the application's database, from SQLite's or PostgreSQL's own catalogue. */
	public static java.util.List<String> tables(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		String sql = postgres()
				? "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
				: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
		return jdbc.sql(sql).query(String.class).list();
	}

	/** Whether this test run is on PostgreSQL. */
	public static boolean postgres() {
		return "postgres".equalsIgnoreCase(envOr("SOSAFE_TEST_DATABASE", ""));
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!postgres()) {
			return;
		}
		// The source must not be the environment itself: Spring would walk into it as nested sources.
		environment.getPropertySources().addFirst(new PropertySource<>("postgres-test-database", SERVER) {

			@Override
			public Object getProperty(String name) {
				return switch (name) {
					case "spring.datasource.url" -> urlFor(Path.of(environment.getProperty("sosafe.data-dir", "./data")));
					case "spring.datasource.username" -> USER;
					case "spring.datasource.password" -> PASSWORD;
					case "spring.datasource.hikari.maximum-pool-size" -> "8";
					case "spring.datasource.hikari.minimum-idle" -> "0";
					case "sosafe.privacy.data-key" -> givenElsewhere(environment, this, name) ? null
							: keyFor(Path.of(environment.getProperty("sosafe.data-dir", "./data")));
					default -> null;
				};
			}
		});
	}

	/** Whether a property source other than this one (and the view over all of them) sets the property. */
	private static boolean givenElsewhere(ConfigurableEnvironment environment, PropertySource<?> self, String name) {
		for (PropertySource<?> source : environment.getPropertySources()) {
			if (source != self && !source.getName().equals("configurationProperties") && source.containsProperty(name)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * On a shared database the application wants its data key given, as production does: each data
	 * folder gets one, kept beside the marker, so a restart on the folder reads its data again.
	 */
	private static String keyFor(Path dataDir) {
		Path file = dataDir.toAbsolutePath().normalize().resolve("postgres-test-key");
		try {
			if (!Files.exists(file)) {
				byte[] key = new byte[32];
				new java.security.SecureRandom().nextBytes(key);
				Files.createDirectories(file.getParent());
				Files.writeString(file, java.util.Base64.getEncoder().encodeToString(key));
			}
			return Files.readString(file).strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The database of a data folder, created (empty) the first time the folder is seen. */
	public static String urlFor(Path dataDir) {
		return URLS.computeIfAbsent(dataDir.toAbsolutePath().normalize(), TestDatabases::open);
	}

	private static String open(Path folder) {
		String name = "sosafe_" + digest(folder.toString());
		Path marker = folder.resolve(MARKER);
		try (Connection server = DriverManager.getConnection(SERVER, USER, PASSWORD);
				Statement statement = server.createStatement()) {
			boolean known = Files.exists(marker);
			if (!known) {
				statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
			}
			boolean exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'").next();
			if (!exists) {
				statement.execute("CREATE DATABASE " + name);
			}
			Files.createDirectories(folder);
			Files.writeString(marker, name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("No PostgreSQL for the tests at " + SERVER
					+ " (start one, or run without SOSAFE_TEST_DATABASE=postgres)", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		int slash = SERVER.lastIndexOf('/');
		return SERVER.substring(0, slash + 1) + name;
	}

	private static String digest(String text) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String envOr(String name, String fallback) {
		String value = System.getenv(name);
		if (value == null || value.isBlank()) {
			value = System.getProperty(name);
		}
		return value == null || value.isBlank() ? fallback : value;
	}
}
