package uk.sosafe.assistant.staff;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

	@Test
	void officersAndAdministratorsNeedAOneTimeCodeButCommsDoNot() {
		assertThat(StaffAccount.create("a", "a", "A", "h", EnumSet.of(Role.OFFICER), Set.of(), false, this.now)
			.needsOneTimeCode()).isTrue();
		assertThat(StaffAccount.create("b", "b", "B", "h", EnumSet.of(Role.ADMIN), Set.of(), false, this.now)
			.needsOneTimeCode()).isTrue();
		assertThat(StaffAccount.create("c", "c", "C", "h", EnumSet.of(Role.COMMS), Set.of(), false, this.now)
			.needsOneTimeCode()).isFalse();
	}

	@Test
	void aCodeStepIsUsedOnceAndNeverAnOlderOne() {
		StaffAccount account = account();
		account.startCodeSetup(new byte[] { 1 });
		assertThat(account.hasOneTimeCode()).isFalse();

		account.codeAccepted(1000);

		assertThat(account.hasOneTimeCode()).isTrue();
		assertThat(account.mayUseCodeOf(1000)).isFalse();
		assertThat(account.mayUseCodeOf(999)).isFalse();
		assertThat(account.mayUseCodeOf(1001)).isTrue();
	}

	@Test
	void fiveWrongCodesLockTheAccountEvenThoughThePasswordWasRight() {
		StaffAccount account = account();
		for (int i = 0; i < StaffAccount.MAX_FAILED_SIGN_INS; i++) {
			account.signedIn();
			account.codeFailed(this.now);
		}

		assertThat(account.lockedAt(this.now.plusSeconds(60))).isTrue();
	}

	@Test
	void aResetForgetsTheAppAndAPasswordResetMustBeChanged() {
		StaffAccount account = account();
		account.startCodeSetup(new byte[] { 1 });
		account.codeAccepted(5);
		account.signInFailed(this.now);

		account.resetCode();
		account.resetPassword("new-hash");

		assertThat(account.hasOneTimeCode()).isFalse();
		assertThat(account.totpSecretEnc()).isNull();
		assertThat(account.mayUseCodeOf(1)).isTrue();
		assertThat(account.mustChangePassword()).isTrue();
	}

	@Test
	void anAccountKeepsAtLeastOneRole() {
		StaffAccount account = account();

		assertThatThrownBy(() -> account.changeAccess(EnumSet.noneOf(Role.class), Set.of("x")))
			.isInstanceOf(StaffAccountException.class);
		account.changeAccess(EnumSet.of(Role.COMMS), Set.of("fraud"));
		assertThat(account.roles()).containsExactly(Role.COMMS);
		assertThat(account.teams()).containsExactly("fraud");
	}
}
