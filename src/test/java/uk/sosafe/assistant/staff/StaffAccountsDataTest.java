package uk.sosafe.assistant.staff;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import uk.sosafe.assistant.system.SqliteDataTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff accounts on SQLite: booleans and instants survive the round trip, usernames are unique. */
@SqliteDataTest
class StaffAccountsDataTest {

	@Autowired
	StaffAccounts accounts;

	@Test
	void lockoutStateAndFlagsRoundTrip() {
		Instant now = Instant.parse("2026-11-26T09:00:00.250Z");
		StaffAccount account = StaffAccount.create("id-1", "jo.officer", "Jo", "{argon2}x", EnumSet.of(Role.OFFICER),
				Set.of("sada"), true, now);
		for (int i = 0; i < StaffAccount.MAX_FAILED_SIGN_INS; i++) {
			account.signInFailed(now);
		}
		this.accounts.save(account);

		StaffAccount loaded = this.accounts.findByUsername("jo.officer").orElseThrow();

		assertThat(loaded.enabled()).isTrue();
		assertThat(loaded.mustChangePassword()).isTrue();
		assertThat(loaded.lockedAt(now.plusSeconds(1))).isTrue();
		assertThat(loaded.lockedAt(now.plus(StaffAccount.LOCKOUT))).isFalse();
		assertThat(loaded.teams()).containsExactly("sada");
	}

	@Test
	void accountsAreListedByUsername() {
		Instant now = Instant.now();
		this.accounts.save(StaffAccount.create("id-b", "bea", "Bea", "h", EnumSet.of(Role.COMMS), Set.of(), false, now));
		this.accounts.save(StaffAccount.create("id-a", "al", "Al", "h", EnumSet.of(Role.ADMIN), Set.of(), false, now));

		assertThat(this.accounts.findAllByOrderByUsername()).extracting(StaffAccount::username).containsExactly("al", "bea");
	}
}
