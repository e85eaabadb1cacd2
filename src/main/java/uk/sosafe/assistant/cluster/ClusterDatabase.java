package uk.sosafe.assistant.cluster;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the shared database can do for several instances. PostgreSQL locks rows, so a claim can skip
 * rows another instance is claiming ({@code FOR UPDATE SKIP LOCKED}) and can serialise the claims of
 * one resident with a transaction-scoped advisory lock. SQLite has one writer at a time, so its claims
 * are serial already and need neither.
 */
@Component
public class ClusterDatabase {

	private final boolean postgres;

	private final JdbcClient jdbc;

	ClusterDatabase(DataSource dataSource, JdbcClient jdbc) {
		this.jdbc = jdbc;
		try (Connection connection = dataSource.getConnection()) {
			this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot reach the database", ex);
		}
	}

	/** Whether several instances can share this database. */
	public boolean shared() {
		return this.postgres;
	}

	/** The clause that ends a claiming SELECT: rows locked by another claimer are skipped, not waited for. */
	public String skipLocked() {
		return this.postgres ? " FOR UPDATE SKIP LOCKED" : "";
	}

	/**
	 * Within the current transaction, waits until no other instance holds the same key, and holds it
	 * until the transaction ends. Does nothing on SQLite, where writers are serial anyway.
	 */
	public void lockUntilCommit(String key) {
		if (this.postgres) {
			this.jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:key))").param("key", key).query((rs, row) -> 1).list();
		}
	}
}
