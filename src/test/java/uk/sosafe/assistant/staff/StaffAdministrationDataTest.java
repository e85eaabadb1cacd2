package uk.sosafe.assistant.staff;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import uk.sosafe.assistant.MutableClock;
import uk.sosafe.assistant.audit.AuditQuery;
import uk.sosafe.assistant.audit.AuditTrail;
import uk.sosafe.assistant.staff.OneTimeCodes.Result;
import uk.sosafe.assistant.system.SqliteDataTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Accounts changed by an administrator and one-time codes, on SQLite with a hand-moved clock: codes are
 * accepted once, wrong ones lock the account, the secret is stored sealed, the partnership always keeps
 * an administrator, and every change is in the audit trail.
 */
@SqliteDataTest
@Import({ StaffDirectory.class, StaffAdministration.class, OneTimeCodes.class, AuditTrail.class,
		PasswordConfiguration.class, StaffAdministrationDataTest.Time.class })
class StaffAdministrationDataTest {

	static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-26T10:00:00Z"));

	private static final String PASSWORD = "a long enough password";

	@Autowired
	StaffDirectory directory;

	@Autowired
	StaffAdministration administration;

	@Autowired
	OneTimeCodes codes;

	@Autowired
	AuditTrail audit;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void accounts() {
		CLOCK.set(Instant.parse("2026-11-26T10:00:00Z"));
		this.jdbc.sql("DELETE FROM staff_accounts").update();
		this.directory.create("admin", "boss", "Boss", PASSWORD, EnumSet.of(Role.ADMIN), Set.of(), false);
		this.directory.create("admin", "jo.officer", "Jo", PASSWORD, EnumSet.of(Role.OFFICER), Set.of("fraud"), false);
	}

	@Test
	void aNewAppIsConfirmedByItsFirstCodeAndEachCodeWorksOnce() {
		OneTimeCodes.Setup setup = this.codes.setUp("jo.officer").orElseThrow();
		assertThat(this.codes.setUp("jo.officer").orElseThrow().secret()).as("same secret until confirmed").isEqualTo(setup.secret());
		assertThat(setup.uri()).startsWith("otpauth://totp/").contains("secret=" + setup.secret()).contains("issuer=SoSafe");

		String code = codeAt(setup.secret(), CLOCK.instant());
		assertThat(this.codes.check("jo.officer", code)).isEqualTo(Result.ACCEPTED);
		assertThat(this.codes.check("jo.officer", code)).as("replayed").isEqualTo(Result.WRONG);
		assertThat(this.codes.setUp("jo.officer")).isEmpty();
		assertThat(this.directory.find("jo.officer").orElseThrow().hasOneTimeCode()).isTrue();

		CLOCK.advance(java.time.Duration.ofSeconds(30));
		assertThat(this.codes.check("jo.officer", codeAt(setup.secret(), CLOCK.instant()))).isEqualTo(Result.ACCEPTED);
		assertThat(this.audit.search(new AuditQuery("jo.officer", "ONE_TIME_CODE_SET_UP", null, null, null, 5))).hasSize(1);
	}

	@Test
	void theSecretIsStoredSealed() {
		String secret = this.codes.setUp("jo.officer").orElseThrow().secret();

		byte[] stored = this.jdbc.sql("SELECT totp_secret_enc FROM staff_accounts WHERE username = 'jo.officer'").query(byte[].class)
			.single();

		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(secret);
	}

	@Test
	void fiveWrongCodesLockTheAccountAgainstTheRightOne() {
		String secret = this.codes.setUp("jo.officer").orElseThrow().secret();
		for (int i = 0; i < 4; i++) {
			assertThat(this.codes.check("jo.officer", "000000".equals(codeAt(secret, CLOCK.instant())) ? "111111" : "000000"))
				.isEqualTo(Result.WRONG);
		}
		assertThat(this.codes.check("jo.officer", "12345x")).isEqualTo(Result.LOCKED);

		assertThat(this.codes.check("jo.officer", codeAt(secret, CLOCK.instant()))).isEqualTo(Result.LOCKED);
		assertThat(this.audit.search(new AuditQuery(null, "ACCOUNT_LOCKED", "jo.officer", null, null, 5))).hasSize(1);
	}

	@Test
	void theLastAdministratorCannotBeDemotedOrDisabledAndNobodyDisablesThemselves() {
		assertThatThrownBy(() -> this.administration.changeAccess("boss", "boss", EnumSet.of(Role.OFFICER), Set.of()))
			.hasMessageContaining("last enabled administrator");
		assertThatThrownBy(() -> this.administration.disable("boss", "boss")).hasMessageContaining("your own account");

		this.administration.changeAccess("boss", "jo.officer", EnumSet.of(Role.ADMIN, Role.OFFICER), Set.of("fraud"));
		this.administration.disable("jo.officer", "boss");

		assertThat(this.directory.find("boss").orElseThrow().enabled()).isFalse();
		assertThat(this.audit.search(new AuditQuery("jo.officer", "ACCOUNT_DISABLED", "boss", null, null, 5))).hasSize(1);
		assertThat(this.audit.search(new AuditQuery("boss", "ACCOUNT_ACCESS_CHANGED", "jo.officer", null, null, 5)))
			.extracting(entry -> entry.detail()).containsExactly("roles ADMIN,OFFICER; teams fraud");
	}

	@Test
	void aPasswordResetGivesAOneTimePasswordAndALostAppIsForgotten() {
		String secret = this.codes.setUp("jo.officer").orElseThrow().secret();
		this.codes.check("jo.officer", codeAt(secret, CLOCK.instant()));

		String oneTime = this.administration.resetPassword("boss", "jo.officer");
		this.administration.resetOneTimeCode("boss", "jo.officer");

		StaffAccount jo = this.directory.find("jo.officer").orElseThrow();
		assertThat(this.passwords.matches(oneTime, jo.passwordHash())).isTrue();
		assertThat(jo.mustChangePassword()).isTrue();
		assertThat(jo.hasOneTimeCode()).isFalse();
		assertThat(this.codes.setUp("jo.officer").orElseThrow().secret()).isNotEqualTo(secret);
	}

	private static String codeAt(String secret, Instant at) {
		try {
			return new DefaultCodeGenerator().generate(secret, at.getEpochSecond() / 30);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Time {

		@Bean
		@Primary
		Clock movableClock() {
			return CLOCK;
		}
	}
}
