package uk.sosafe.assistant.safety;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import uk.sosafe.assistant.safety.SafeguardingCase.Contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules that keep a case safe, held by the case itself. */
class SafeguardingCaseTest {

	private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

	private static SafeguardingCase newCase(Contact contact) {
		return SafeguardingCase.open("c1", "SS-7Q4K", "r_resident", "cuckooing", false, "community-safety", contact,
				"weekday mornings", false, "Bedwell", new byte[] { 1, 2, 3 }, NOW, NOW.plusSeconds(1800));
	}

	@Test
	void aCaseCannotBeClosedBeforeItIsClaimed() {
		SafeguardingCase safeguarding = newCase(Contact.CHAT);

		assertThatThrownBy(() -> safeguarding.close("Advice given", NOW)).isInstanceOf(CaseRuleException.class)
			.extracting("rule").isEqualTo(CaseRuleException.Rule.NOT_CLAIMED);
		assertThat(safeguarding.status()).isEqualTo(CaseStatus.NEW);
	}

	@Test
	void onlyAnOfficerOfARoutedTeamMayClaimAndTheSecondClaimerIsToldWhoHasIt() {
		SafeguardingCase safeguarding = newCase(Contact.CHAT);

		assertThatThrownBy(() -> safeguarding.claim("officer.hate", Set.of("hate-crime"), NOW))
			.isInstanceOf(CaseRuleException.class).extracting("rule").isEqualTo(CaseRuleException.Rule.NOT_YOUR_TEAM);
		safeguarding.claim("officer.khan", Set.of("community-safety"), NOW);
		assertThatThrownBy(() -> safeguarding.claim("officer.jones", Set.of("community-safety"), NOW))
			.isInstanceOf(CaseRuleException.class).hasMessageContaining("officer.khan");

		assertThat(safeguarding.status()).isEqualTo(CaseStatus.CLAIMED);
		assertThat(safeguarding.claimedBy()).isEqualTo("officer.khan");
		assertThat(safeguarding.acknowledgeBy()).as("no more escalation once claimed").isNull();
	}

	@Test
	void nobodyContactsAResidentWhoSaidNo() {
		SafeguardingCase safeguarding = newCase(Contact.NONE);
		safeguarding.claim("officer.khan", Set.of("community-safety"), NOW);

		assertThatThrownBy(safeguarding::contacted).isInstanceOf(CaseRuleException.class).extracting("rule")
			.isEqualTo(CaseRuleException.Rule.NO_CONSENT);
		assertThat(safeguarding.status()).isEqualTo(CaseStatus.CLAIMED);
	}

	@Test
	void contactNeedsAClaimAndClosingNeedsAnOutcomeAndHappensOnce() {
		SafeguardingCase safeguarding = newCase(Contact.CALL);
		assertThatThrownBy(safeguarding::contacted).isInstanceOf(CaseRuleException.class);
		safeguarding.claim("officer.khan", Set.of("community-safety"), NOW);
		safeguarding.contacted();
		assertThatThrownBy(() -> safeguarding.close(" ", NOW)).isInstanceOf(CaseRuleException.class);

		safeguarding.close("Referred to the landlord and visited", NOW.plusSeconds(60));

		assertThat(safeguarding.status()).isEqualTo(CaseStatus.CLOSED);
		assertThat(safeguarding.closedAt()).isEqualTo(NOW.plusSeconds(60));
		assertThatThrownBy(() -> safeguarding.close("again", NOW)).isInstanceOf(CaseRuleException.class);
		assertThatThrownBy(safeguarding::contacted).isInstanceOf(CaseRuleException.class);
	}

	@Test
	void escalationLetsTheNextTeamClaimAndStopsOnceClaimed() {
		SafeguardingCase safeguarding = newCase(Contact.CHAT);

		safeguarding.escalate("community-safety-lead", NOW.plusSeconds(3600));

		assertThat(safeguarding.escalations()).isEqualTo(1);
		assertThat(safeguarding.mayBeHandledBy(Set.of("community-safety-lead"))).isTrue();
		assertThat(safeguarding.mayBeHandledBy(Set.of("community-safety"))).as("the first team still may").isTrue();
		safeguarding.claim("lead.patel", Set.of("community-safety-lead"), NOW);
		safeguarding.escalate("duty-manager", NOW.plusSeconds(5400));
		assertThat(safeguarding.escalations()).as("a claimed case does not escalate").isEqualTo(1);
		assertThat(safeguarding.mayBeHandledBy(Set.of("duty-manager"))).isFalse();
	}
}
