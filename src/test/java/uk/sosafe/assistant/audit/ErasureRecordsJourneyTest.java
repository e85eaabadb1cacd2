package uk.sosafe.assistant.audit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import uk.sosafe.assistant.ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** A resident's quick exit erases their web chat, and the audit trail says an erasure happened, not whose. */
class ErasureRecordsJourneyTest extends ApplicationTest {

	@Autowired
	AuditTrail trail;

	@Test
	void anErasureIsRecordedWithoutWhoseDataItWas() {
		String session = openSession();
		say(session, "how do I report a scam?");
		long before = erasures();

		assertThat(delete("/api/v1/chat/sessions/" + session).status()).isEqualTo(204);

		assertThat(erasures()).isEqualTo(before + 1);
		AuditEntry latest = this.trail.search(new AuditQuery("system", ErasureRecords.ACTION, null, null, null, 1)).get(0);
		assertThat(latest.subject()).isNull();
		assertThat(latest.detail()).isNull();
		assertThat(this.trail.verify().intact()).isTrue();
	}

	private long erasures() {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE action = :action")
			.param("action", ErasureRecords.ACTION).query(Long.class).single();
	}
}
