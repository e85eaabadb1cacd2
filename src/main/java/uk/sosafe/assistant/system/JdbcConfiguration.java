package uk.sosafe.assistant.system;

import java.sql.Connection;
import java.sql.JDBCType;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.jdbc.core.dialect.JdbcDialect;
import org.springframework.data.jdbc.core.mapping.JdbcValue;
import org.springframework.data.jdbc.repository.config.AbstractJdbcConfiguration;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;

import uk.sosafe.assistant.SosafeAssistantApplication;

/**
 * Spring Data JDBC over SQLite (the embedded default) or PostgreSQL. Times are stored as epoch
 * milliseconds and booleans read back from SQLite's integers, so one schema suits both engines.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcRepositories(basePackageClasses = SosafeAssistantApplication.class)
class JdbcConfiguration extends AbstractJdbcConfiguration {

	private final DataSource dataSource;

	JdbcConfiguration(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public JdbcDialect jdbcDialect(NamedParameterJdbcOperations operations) {
		return isSqlite() ? SqliteDialect.INSTANCE : super.jdbcDialect(operations);
	}

	@Override
	protected Set<String> getMappingBasePackages() {
		return Set.of(SosafeAssistantApplication.class.getPackageName());
	}

	@Override
	protected List<?> userConverters() {
		return List.of(new InstantToEpochMillis(), new EpochMillisToInstant(), new NumberToBoolean());
	}

	private boolean isSqlite() {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("sqlite");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot reach the database to choose its dialect", ex);
		}
	}

	/** Written with its SQL type, so PostgreSQL's driver does not turn the number back into a timestamp. */
	@WritingConverter
	static final class InstantToEpochMillis implements Converter<Instant, JdbcValue> {

		@Override
		public JdbcValue convert(Instant source) {
			return JdbcValue.of(source.toEpochMilli(), JDBCType.BIGINT);
		}
	}

	@ReadingConverter
	static final class EpochMillisToInstant implements Converter<Long, Instant> {

		@Override
		public Instant convert(Long source) {
			return Instant.ofEpochMilli(source);
		}
	}

	@ReadingConverter
	static final class NumberToBoolean implements Converter<Number, Boolean> {

		@Override
		public Boolean convert(Number source) {
			return source.intValue() != 0;
		}
	}
}
