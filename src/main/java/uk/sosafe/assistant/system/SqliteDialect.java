package uk.sosafe.assistant.system;

import org.springframework.data.jdbc.core.dialect.JdbcDialect;
import org.springframework.data.relational.core.dialect.AbstractDialect;
import org.springframework.data.relational.core.dialect.IdGeneration;
import org.springframework.data.relational.core.dialect.LimitClause;
import org.springframework.data.relational.core.dialect.LockClause;
import org.springframework.data.relational.core.sql.LockOptions;

/**
 * Spring Data JDBC has no SQLite dialect. SQLite takes {@code LIMIT n OFFSET m}, has no row locks
 * (a write transaction locks the database, and we run one writer), and returns generated keys.
 */
final class SqliteDialect extends AbstractDialect implements JdbcDialect {

	static final SqliteDialect INSTANCE = new SqliteDialect();

	private static final LimitClause LIMIT = new LimitClause() {

		@Override
		public String getLimit(long limit) {
			return "LIMIT " + limit;
		}

		@Override
		public String getOffset(long offset) {
			return "LIMIT -1 OFFSET " + offset;
		}

		@Override
		public String getLimitOffset(long limit, long offset) {
			return "LIMIT " + limit + " OFFSET " + offset;
		}

		@Override
		public Position getClausePosition() {
			return Position.AFTER_ORDER_BY;
		}
	};

	private static final LockClause NO_LOCK = new LockClause() {

		@Override
		public String getLock(LockOptions lockOptions) {
			return "";
		}

		@Override
		public Position getClausePosition() {
			return Position.AFTER_ORDER_BY;
		}
	};

	private SqliteDialect() {
	}

	@Override
	public LimitClause limit() {
		return LIMIT;
	}

	@Override
	public LockClause lock() {
		return NO_LOCK;
	}

	@Override
	public IdGeneration getIdGeneration() {
		return IdGeneration.DEFAULT;
	}
}
