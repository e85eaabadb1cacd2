package uk.sosafe.assistant.staff;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StaffAccountTest {

	private final Instant now = Instant.parse("2026-11-26T09:00:00Z");

	@Test
	void fiveFailuresLockTheAccountForFifteenMinutes() {
		StaffAccount account = account();
		for (int i = 0; i < StaffAccount.MAX_FAILED_SIGN_INS - 1; i++) {
			account.signInFailed(this.now);
		}
		assertThat(account.lockedAt(this.now)).isFalse();

		account.signInFailed(this.now);

		assertThat(account.lockedAt(this.now.plusSeconds(60))).isTrue();
		assertThat(account.lockedAt(this.now.plus(StaffAccount.LOCKOUT))).isFalse();
	}

	@Test
	void aSuccessfulSignInClearsTheCount() {
		StaffAccount account = account();
		for (int i = 0; i < StaffAccount.MAX_FAILED_SIGN_INS - 1; i++) {
			account.signInFailed(this.now);
		}

		account.signedIn();
		account.signInFailed(this.now);

		assertThat(account.lockedAt(this.now)).isFalse();
	}

	@Test
	void rolesAndTeamsRoundTripThroughTheirStoredForm() {
		StaffAccount account = StaffAccount.create("id", "jo", "Jo", "hash", EnumSet.of(Role.OFFICER, Role.COMMS),
				Set.of("sada", "community-safety"), true, this.now);

		assertThat(account.roles()).containsExactlyInAnyOrder(Role.OFFICER, Role.COMMS);
		assertThat(account.teams()).containsExactly("community-safety", "sada");
		assertThat(account.mustChangePassword()).isTrue();
	}

	private StaffAccount account() {
		return StaffAccount.create("id", "jo", "Jo", "hash", EnumSet.of(Role.OFFICER), Set.of(), false, this.now);
	}
}
