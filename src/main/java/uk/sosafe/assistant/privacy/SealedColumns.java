package uk.sosafe.assistant.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rewrites sealed columns under the current key, a page at a time. A value is replaced only if it has not
 * changed since it was read, so the service can go on writing meanwhile; a value neither key opens is left
 * and counted.
 */
public final class SealedColumns implements Resealable {

	private static final int PAGE = 500;

	/** A sealed column, and the columns that identify its row. */
	public record Column(String table, List<String> keys, String column) {

		public static Column of(String table, String key, String column) {
			return new Column(table, List.of(key), column);
		}
	}

	private record Row(Map<String, Object> key, byte[] sealed) {
	}

	private final String name;

	private final JdbcClient jdbc;

	private final PersonalData personalData;

	private final TransactionTemplate transactions;

	private final List<Column> columns;

	public SealedColumns(String name, JdbcClient jdbc, PersonalData personalData, PlatformTransactionManager transactions,
			Column... columns) {
		this.name = name;
		this.jdbc = jdbc;
		this.personalData = personalData;
		this.transactions = new TransactionTemplate(transactions);
		this.columns = List.of(columns);
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public Resealed resealUnderCurrentKey() {
		Resealed total = Resealed.of(0);
		for (Column column : this.columns) {
			total = total.plus(reseal(column));
		}
		return total;
	}

	private Resealed reseal(Column column) {
		String keys = String.join(", ", column.keys());
		String select = "SELECT " + keys + ", " + column.column() + " FROM " + column.table() + " WHERE " + column.column()
				+ " IS NOT NULL ORDER BY " + keys + " LIMIT " + PAGE + " OFFSET :offset";
		String update = "UPDATE " + column.table() + " SET " + column.column() + " = :resealed WHERE " + column.column()
				+ " = :sealed" + column.keys().stream().map(key -> " AND " + key + " = :k_" + key).reduce("", String::concat);
		int rewritten = 0;
		int unreadable = 0;
		for (int offset = 0;; offset += PAGE) {
			List<Row> page = this.jdbc.sql(select).param("offset", offset).query((rs, number) -> {
				Map<String, Object> key = new LinkedHashMap<>();
				for (String name : column.keys()) {
					key.put("k_" + name, rs.getObject(name));
				}
				return new Row(key, rs.getBytes(column.column()));
			}).list();
			if (page.isEmpty()) {
				break;
			}
			List<Row> stale = page.stream().filter(row -> !this.personalData.sealedUnderCurrentKey(row.sealed())).toList();
			int[] counts = new int[2];
			this.transactions.executeWithoutResult(status -> stale.forEach(row -> {
				String clear;
				try {
					clear = this.personalData.decrypt(row.sealed());
				}
				catch (IllegalStateException neitherKey) {
					counts[1]++;
					return;
				}
				counts[0] += this.jdbc.sql(update).params(row.key()).param("sealed", row.sealed())
					.param("resealed", this.personalData.encrypt(clear)).update();
			}));
			rewritten += counts[0];
			unreadable += counts[1];
		}
		return new Resealed(rewritten, unreadable,
				unreadable == 0 ? null : unreadable + " in " + column.table() + "." + column.column() + " open under neither key");
	}
}
