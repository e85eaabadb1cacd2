package uk.sosafe.assistant.cluster;

import java.sql.SQLException;
import java.util.Properties;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reads on a message's path that need only what has been committed: the web session's resident, the
 * conversation state, a resident's open case. On an SQLite file they run on a few read-only connections
 * beside the single writer (WAL lets a reader see the last commit while the writer writes), so a request
 * thread does not queue for the writer's connection while a group commit holds it. Inside a transaction,
 * on PostgreSQL (a pool of its own already) or on an in-memory SQLite database, they run on the
 * ordinary connection, so a transaction still reads its own writes.
 */
@Component
public class CommittedReads implements DisposableBean {

	/** Read-only connections: a read holds one for well under a millisecond, so a few serve many requests. */
	static final int READERS = 4;

	/** SQLite's flag for opening a database read-only ({@code SQLITE_OPEN_READONLY}). */
	private static final String READ_ONLY = "1";

	private final JdbcClient jdbc;

	private final String readerUrl;

	private final Object opening = new Object();

	private volatile HikariDataSource readers;

	private volatile JdbcClient readerClient;

	CommittedReads(DataSource dataSource, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.readerUrl = sqliteFileUrl(dataSource);
	}

	/** A statement for a read of committed rows, as {@link JdbcClient#sql(String)}. */
	public JdbcClient.StatementSpec sql(String sql) {
		return client().sql(sql);
	}

	/** Whether reads outside a transaction have connections of their own. */
	public boolean separate() {
		return this.readerUrl != null;
	}

	private JdbcClient client() {
		if (this.readerUrl == null || TransactionSynchronizationManager.isActualTransactionActive()) {
			return this.jdbc;
		}
		JdbcClient client = this.readerClient;
		return client != null ? client : open();
	}

	/** The readers open on the first read, when the writer has created the file and the schema. */
	private JdbcClient open() {
		synchronized (this.opening) {
			if (this.readerClient == null) {
				HikariConfig config = new HikariConfig();
				config.setPoolName("sosafe-sqlite-read");
				config.setJdbcUrl(this.readerUrl);
				Properties properties = new Properties();
				properties.setProperty("open_mode", READ_ONLY);
				config.setDataSourceProperties(properties);
				// Hikari sets the flag on each new connection; SQLite takes only the flag it was opened with
				config.setReadOnly(true);
				config.setMaximumPoolSize(READERS);
				config.setMinimumIdle(READERS);
				this.readers = new HikariDataSource(config);
				this.readerClient = JdbcClient.create(this.readers);
			}
			return this.readerClient;
		}
	}

	@Override
	public void destroy() {
		synchronized (this.opening) {
			if (this.readers != null) {
				this.readers.close();
			}
		}
	}

	/** The URL of the SQLite file behind {@code dataSource}; null when it is not an SQLite file. */
	static String sqliteFileUrl(DataSource dataSource) {
		try {
			if (!dataSource.isWrapperFor(HikariDataSource.class)) {
				return null;
			}
			String url = dataSource.unwrap(HikariDataSource.class).getJdbcUrl();
			return isSqliteFile(url) ? url : null;
		}
		catch (SQLException ex) {
			return null;
		}
	}

	static boolean isSqliteFile(String url) {
		if (url == null || !url.startsWith("jdbc:sqlite:")) {
			return false;
		}
		String name = url.substring("jdbc:sqlite:".length());
		int options = name.indexOf('?');
		String path = options < 0 ? name : name.substring(0, options);
		return !path.isEmpty() && !path.contains(":memory:") && !name.contains("mode=memory");
	}
}
