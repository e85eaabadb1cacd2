package uk.sosafe.assistant.audit;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import uk.sosafe.assistant.system.SqliteDataTest;
import uk.sosafe.assistant.system.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit trail on the real database: entries chain by hash, the table refuses changes, and an entry altered,
 * removed or re-linked behind the table's back is found by the check, at the first entry that no
 * longer matches. Each test rolls back, dropped triggers included.
 */
@SqliteDataTest
@Import(AuditTrail.class)
class AuditTrailDataTest {

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcClient jdbc;

	@Test
	void eachEntryHoldsTheHashOfTheOneBefore() {
		AuditEntry first = this.trail.record("officer.khan", "CASE_VIEW", "SS-7Q4K", null);
		AuditEntry second = this.trail.record("officer.khan", "CASE_CLAIM", "SS-7Q4K", null);

		assertThat(second.sequence()).isEqualTo(first.sequence() + 1);
		assertThat(second.previousHash()).isEqualTo(first.hash());
		assertThat(second.hash()).hasSize(64).isNotEqualTo(first.hash());
		assertThat(this.trail.head()).isEqualTo(second.hash());
		assertThat(this.trail.verify().intact()).isTrue();
	}

	@Test
	void theTableRefusesUpdatesAndDeletes() {
		AuditEntry entry = this.trail.record("admin", "ACCOUNT_DISABLED", "jo", null);

		assertThatThrownBy(() -> inSavepoint("UPDATE audit_entries SET actor = 'someone' WHERE sequence = :s",
				entry.sequence())).hasMessageContaining("append-only");
		assertThatThrownBy(() -> inSavepoint("DELETE FROM audit_entries WHERE sequence = :s", entry.sequence()))
			.hasMessageContaining("append-only");
	}

	@Test
	void anEntryChangedBehindTheTablesBackIsTheFirstBrokenOne() {
		this.trail.record("officer.khan", "CASE_VIEW", "SS-AAAA", null);
		AuditEntry altered = this.trail.record("officer.khan", "CASE_VIEW", "SS-BBBB", null);
		this.trail.record("officer.khan", "CASE_CLAIM", "SS-BBBB", null);
		dropTriggers();

		this.jdbc.sql("UPDATE audit_entries SET actor = 'someone.else' WHERE sequence = :s")
			.param("s", altered.sequence()).update();

		ChainCheck check = this.trail.verify();
		assertThat(check.intact()).isFalse();
		assertThat(check.firstBroken().sequence()).isEqualTo(altered.sequence());
		assertThat(check.reason()).contains("content was changed");
	}

	@Test
	void anEntryRewrittenWithAFreshHashBreaksTheLinkOfTheNextOne() {
		AuditEntry rewritten = this.trail.record("officer.khan", "CASE_VIEW", "SS-CCCC", null);
		AuditEntry next = this.trail.record("officer.khan", "CASE_CLOSE", "SS-CCCC", null);
		dropTriggers();

		this.jdbc.sql("UPDATE audit_entries SET actor = 'someone.else', hash = :hash WHERE sequence = :s")
			.param("hash", ChainHash.of(rewritten.previousHash(), rewritten.sequence(), rewritten.at().toEpochMilli(),
					"someone.else", rewritten.action(), rewritten.subject(), rewritten.detail()))
			.param("s", rewritten.sequence())
			.update();

		ChainCheck check = this.trail.verify();
		assertThat(check.firstBroken().sequence()).isEqualTo(next.sequence());
		assertThat(check.reason()).contains("link does not match");
	}

	@Test
	void aRemovedEntryIsNoticedAtTheOneAfterTheGap() {
		this.trail.record("admin", "SIGN_IN", null, "console");
		AuditEntry removed = this.trail.record("admin", "ACCOUNT_CREATED", "jo", null);
		AuditEntry after = this.trail.record("admin", "SIGN_OUT", null, null);
		dropTriggers();

		this.jdbc.sql("DELETE FROM audit_entries WHERE sequence = :s").param("s", removed.sequence()).update();

		ChainCheck check = this.trail.verify();
		assertThat(check.firstBroken().sequence()).isEqualTo(after.sequence());
		assertThat(check.reason()).contains("missing");
	}

	@Test
	void searchFindsByActorActionPrefixSubjectAndTime() {
		Instant before = Instant.now().minusSeconds(1);
		this.trail.record("officer.rare", "CASE_VIEW", "SS-DDDD", null);
		this.trail.record("officer.rare", "SIGN_IN", null, "console");
		this.trail.record("someone", "CASE_VIEW", "SS-DDDD", null);

		assertThat(this.trail.search(new AuditQuery("officer.rare", null, null, null, null, 50)))
			.extracting(AuditEntry::action).containsExactly("SIGN_IN", "CASE_VIEW");
		assertThat(this.trail.search(new AuditQuery(null, "case_", "SS-DDDD", before, null, 50))).hasSize(2);
		assertThat(this.trail.search(new AuditQuery("officer.rare", null, null, null, before, 50))).isEmpty();
	}

	@Test
	void controlCharactersAndOverlongWordsAreTrimmedBeforeHashing() {
		AuditEntry entry = this.trail.record("admin", "NOTE", "x".repeat(300), "line one\nline two");

		assertThat(entry.subject()).hasSize(128);
		assertThat(entry.detail()).isEqualTo("line one line two");
		assertThat(this.trail.verify().intact()).isTrue();
	}

	/** A refused statement aborts the whole transaction on PostgreSQL, so each runs in a savepoint of its own. */
	private void inSavepoint(String sql, long sequence) {
		TransactionTemplate nested = new TransactionTemplate(this.transactions);
		nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		nested.executeWithoutResult(status -> this.jdbc.sql(sql).param("s", sequence).update());
	}

	/** What someone with write access to the database could do (rolled back with the test). */
	private void dropTriggers() {
		if (TestDatabases.postgres()) {
			this.jdbc.sql("ALTER TABLE audit_entries DISABLE TRIGGER USER").update();
			return;
		}
		this.jdbc.sql("DROP TRIGGER audit_entries_no_update").update();
		this.jdbc.sql("DROP TRIGGER audit_entries_no_delete").update();
	}
}
