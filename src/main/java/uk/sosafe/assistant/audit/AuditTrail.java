package uk.sosafe.assistant.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail: every entry holds the hash of the one before and of its own content, so an entry
 * changed or removed afterwards breaks the chain from that point, and {@link #verify()} finds where.
 * Entries are only ever added (the table refuses updates and deletes too). Nothing personal goes in:
 * staff usernames, case references and short fixed words only.
 */
@Service
public class AuditTrail {

	private static final String COLUMNS = "sequence, at, actor, action, subject, detail, previous_hash, hash";

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Appends an entry, in the caller's transaction when there is one: an action that rolls back leaves
	 * no entry. The single database writer keeps appends in order.
	 */
	@Transactional
	public AuditEntry record(String actor, String action, String subject, String detail) {
		AuditEntry last = this.jdbc.sql("SELECT " + COLUMNS + " FROM audit_entries ORDER BY sequence DESC LIMIT 1")
			.query(AuditTrail::entry)
			.optional()
			.orElse(null);
		long sequence = last == null ? 1 : last.sequence() + 1;
		String previous = last == null ? ChainHash.GENESIS : last.hash();
		long at = Math.max(this.clock.millis(), last == null ? 0 : last.at().toEpochMilli());
		String cleanActor = clean(actor == null ? "unknown" : actor, 64);
		String cleanAction = clean(action, 64);
		String cleanSubject = subject == null ? null : clean(subject, 128);
		String cleanDetail = detail == null ? null : clean(detail, 500);
		String hash = ChainHash.of(previous, sequence, at, cleanActor, cleanAction, cleanSubject, cleanDetail);
		this.jdbc.sql("INSERT INTO audit_entries (" + COLUMNS + ") VALUES (:sequence, :at, :actor, :action, :subject, "
				+ ":detail, :previous, :hash)")
			.param("sequence", sequence)
			.param("at", at)
			.param("actor", cleanActor)
			.param("action", cleanAction)
			.param("subject", cleanSubject)
			.param("detail", cleanDetail)
			.param("previous", previous)
			.param("hash", hash)
			.update();
		return new AuditEntry(sequence, Instant.ofEpochMilli(at), cleanActor, cleanAction, cleanSubject, cleanDetail,
				previous, hash);
	}

	/** The entries that match, newest first. */
	public List<AuditEntry> search(AuditQuery query) {
		StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM audit_entries WHERE 1 = 1");
		Map<String, Object> params = new TreeMap<>();
		if (query.actor() != null) {
			sql.append(" AND actor = :actor");
			params.put("actor", query.actor().toLowerCase());
		}
		if (query.action() != null) {
			sql.append(" AND action LIKE :action");
			params.put("action", query.action().toUpperCase().replace("%", "").replace("_", "\\_") + "%");
			sql.append(" ESCAPE '\\'");
		}
		if (query.subject() != null) {
			sql.append(" AND subject = :subject");
			params.put("subject", query.subject());
		}
		if (query.from() != null) {
			sql.append(" AND at >= :from");
			params.put("from", query.from().toEpochMilli());
		}
		if (query.until() != null) {
			sql.append(" AND at < :until");
			params.put("until", query.until().toEpochMilli());
		}
		sql.append(" ORDER BY sequence DESC LIMIT :limit");
		params.put("limit", query.limit());
		return this.jdbc.sql(sql.toString()).params(params).query(AuditTrail::entry).list();
	}

	/** Reads the whole chain in order and reports the first entry that was altered, removed or reordered. */
	@Transactional(readOnly = true)
	public ChainCheck verify() {
		ChainWalk walk = new ChainWalk();
		this.jdbc.sql("SELECT " + COLUMNS + " FROM audit_entries ORDER BY sequence").query(rs -> {
			walk.next(entry(rs, 0));
		});
		return walk.result();
	}

	/** The newest entry's hash, to note down elsewhere: it vouches for everything before it. */
	public String head() {
		return this.jdbc.sql("SELECT hash FROM audit_entries ORDER BY sequence DESC LIMIT 1").query(String.class)
			.optional().orElse(ChainHash.GENESIS);
	}

	private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3), rs.getString(4),
				rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
	}

	private static String clean(String value, int max) {
		String printable = value.replaceAll("\\p{Cntrl}", " ").strip();
		return printable.length() <= max ? printable : printable.substring(0, max);
	}

	/** Follows the chain entry by entry, keeping only the first break. */
	private static final class ChainWalk {

		private long checked;

		private long expectedSequence = 1;

		private String expectedPrevious = ChainHash.GENESIS;

		private AuditEntry broken;

		private String reason;

		void next(AuditEntry entry) {
			if (this.broken != null) {
				return;
			}
			this.checked++;
			if (entry.sequence() != this.expectedSequence) {
				fail(entry, "entries before this one are missing (expected number " + this.expectedSequence + ")");
			}
			else if (!entry.previousHash().equals(this.expectedPrevious)) {
				fail(entry, "its link does not match the entry before it");
			}
			else if (!ChainHash.of(entry).equals(entry.hash())) {
				fail(entry, "its content was changed after it was written");
			}
			this.expectedSequence = entry.sequence() + 1;
			this.expectedPrevious = entry.hash();
		}

		private void fail(AuditEntry entry, String why) {
			this.broken = entry;
			this.reason = why;
		}

		ChainCheck result() {
			return new ChainCheck(this.checked, this.broken, this.reason);
		}
	}
}
