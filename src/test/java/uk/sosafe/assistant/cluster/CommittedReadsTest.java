package uk.sosafe.assistant.cluster;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Committed reads on a real SQLite file with the application's connection options and its one-connection
 * writer pool: a read goes on while the writer holds its connection in the middle of a transaction, sees
 * what was committed and not what was not, cannot write, and inside a transaction reads that
 * transaction's own writes.
 */
class CommittedReadsTest {

	private static final String OPTIONS = "?journal_mode=WAL&busy_timeout=5000&foreign_keys=true&synchronous=NORMAL"
			+ "&transaction_mode=IMMEDIATE";

	@TempDir
	Path dir;

	private HikariDataSource writer;

	private CommittedReads reads;

	@BeforeEach
	void openTheWriter() {
		this.writer = new HikariDataSource();
		this.writer.setJdbcUrl("jdbc:sqlite:" + this.dir.resolve("sosafe.db") + OPTIONS);
		this.writer.setMaximumPoolSize(1);
		// a read that wrongly waited for the writer's connection fails fast instead of after 30 seconds
		this.writer.setConnectionTimeout(250);
		JdbcClient jdbc = JdbcClient.create(this.writer);
		jdbc.sql("CREATE TABLE notes (text TEXT NOT NULL)").update();
		jdbc.sql("INSERT INTO notes (text) VALUES ('committed')").update();
		this.reads = new CommittedReads(this.writer, jdbc);
	}

	@AfterEach
	void close() {
		this.reads.destroy();
		this.writer.close();
	}

	@Test
	void aReadGoesOnBesideAnOpenWriteAndSeesOnlyWhatWasCommitted() throws Exception {
		assertThat(this.reads.separate()).isTrue();
		try (Connection held = this.writer.getConnection()) {
			held.setAutoCommit(false);
			try (Statement statement = held.createStatement()) {
				statement.executeUpdate("INSERT INTO notes (text) VALUES ('not yet')");
			}

			assertThat(texts()).as("read while the writer's only connection is taken").containsExactly("committed");

			held.commit();
		}
		assertThat(texts()).containsExactly("committed", "not yet");
	}

	@Test
	void theReadersCannotWrite() {
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.reads.sql("INSERT INTO notes (text) VALUES ('sneaked')").update());
		assertThat(JdbcClient.create(this.writer).sql("SELECT COUNT(*) FROM notes").query(Integer.class).single())
			.isEqualTo(1);
	}

	@Test
	void insideATransactionAReadSeesThatTransactionsOwnWrites() {
		TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(this.writer));
		JdbcClient jdbc = JdbcClient.create(this.writer);

		transaction.executeWithoutResult(status -> {
			jdbc.sql("INSERT INTO notes (text) VALUES ('mine')").update();
			assertThat(texts()).containsExactly("committed", "mine");
			status.setRollbackOnly();
		});

		assertThat(texts()).containsExactly("committed");
	}

	@Test
	void onlyAnSqliteFileGetsReadersOfItsOwn() {
		assertThat(CommittedReads.isSqliteFile("jdbc:sqlite:./data/sosafe.db" + OPTIONS)).isTrue();
		assertThat(CommittedReads.isSqliteFile("jdbc:sqlite:/var/lib/sosafe/sosafe.db")).isTrue();
		assertThat(CommittedReads.isSqliteFile("jdbc:sqlite::memory:")).as("each connection its own database").isFalse();
		assertThat(CommittedReads.isSqliteFile("jdbc:sqlite:file::memory:?cache=shared")).isFalse();
		assertThat(CommittedReads.isSqliteFile("jdbc:sqlite:file:shared?mode=memory&cache=shared")).isFalse();
		assertThat(CommittedReads.isSqliteFile("jdbc:sqlite:")).as("a temporary database per connection").isFalse();
		assertThat(CommittedReads.isSqliteFile("jdbc:postgresql://db/sosafe")).isFalse();
		assertThat(CommittedReads.isSqliteFile(null)).isFalse();
	}

	@Test
	void aDataSourceThatIsNotAPooledSqliteFileSharesItsConnection() {
		SingleConnectionDataSource single = new SingleConnectionDataSource(
				"jdbc:sqlite:" + this.dir.resolve("sosafe.db") + OPTIONS, true);
		try {
			CommittedReads shared = new CommittedReads(single, JdbcClient.create(single));

			assertThat(shared.separate()).isFalse();
			assertThat(shared.sql("SELECT text FROM notes").query(String.class).list()).containsExactly("committed");
		}
		finally {
			single.destroy();
		}
	}

	private List<String> texts() {
		return this.reads.sql("SELECT text FROM notes ORDER BY rowid").query(String.class).list();
	}
}
