package uk.sosafe.assistant.safety;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.sosafe.assistant.safety.SafeguardingCase.Contact;
import uk.sosafe.assistant.system.SqliteDataTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Cases on a real SQLite file: saved and read back whole, and two officers claiming at once cannot both win. */
@SqliteDataTest
class CasesDataTest {

	private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

	@Autowired
	Cases cases;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCaseIsSavedAndReadBackWithItsRulesIntact() {
		String reference = "SS-" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
		SafeguardingCase opened = SafeguardingCase.open(UUID.randomUUID().toString(), reference, "r_a", "domestic-abuse",
				true, "domestic-abuse", Contact.CALL, "after 3pm", true, null, new byte[] { 9, 8, 7 }, NOW,
				NOW.plusSeconds(1800));
		this.cases.save(opened);

		SafeguardingCase read = this.cases.findByReference(reference).orElseThrow();

		assertThat(read.status()).isEqualTo(CaseStatus.NEW);
		assertThat(read.emergency()).isTrue();
		assertThat(read.contact()).isEqualTo(Contact.CALL);
		assertThat(read.anonymous()).isTrue();
		assertThat(read.acknowledgeBy()).isEqualTo(NOW.plusSeconds(1800));
		assertThat(read.disclosureEnc()).containsExactly(9, 8, 7);
		assertThat(read.mayBeHandledBy(Set.of("domestic-abuse"))).isTrue();
	}

	@Test
	void twoClaimsOnTheSameVersionCannotBothBeSaved() {
		String id = UUID.randomUUID().toString();
		this.cases.save(SafeguardingCase.open(id, "SS-" + id.substring(0, 6), "r_b", "cuckooing", false,
				"community-safety", Contact.CHAT, null, false, null, new byte[] { 1 }, NOW, NOW.plusSeconds(1800)));
		SafeguardingCase first = this.cases.findById(id).orElseThrow();
		SafeguardingCase second = this.cases.findById(id).orElseThrow();

		first.claim("officer.khan", Set.of("community-safety"), NOW);
		this.cases.save(first);
		second.claim("officer.jones", Set.of("community-safety"), NOW);

		assertThatThrownBy(() -> this.cases.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(this.cases.findById(id).orElseThrow().claimedBy()).isEqualTo("officer.khan");
	}
}
