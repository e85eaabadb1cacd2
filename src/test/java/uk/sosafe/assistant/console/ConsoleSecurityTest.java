package uk.sosafe.assistant.console;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import uk.sosafe.assistant.audit.AuditEntry;
import uk.sosafe.assistant.audit.AuditQuery;
import uk.sosafe.assistant.audit.AuditTrail;
import uk.sosafe.assistant.safety.CaseDesk;
import uk.sosafe.assistant.safety.CaseRuleException;
import uk.sosafe.assistant.staff.Role;
import uk.sosafe.assistant.staff.StaffAdministration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The console's sessions and forms over real HTTP: CSRF on every form, the session cookie's flags (Secure
 * behind TLS), security headers, no cached case pages, the code step that cannot be skipped, lockout, and
 * sessions that end as soon as the account is disabled or its access changes.
 */
class ConsoleSecurityTest extends ConsoleTest {

	@Autowired
	StaffAdministration administration;

	@Autowired
	AuditTrail audit;

	@Autowired
	CaseDesk desk;

	@Test
	void formsWithoutTheirCsrfTokenAreRefused() {
		String admin = account("admin", Set.of(Role.ADMIN), Set.of());
		ConsoleClient console = signedIn(admin);

		ConsoleClient.Page missing = console.postRaw("/console/accounts/new",
				Map.of("username", "made.up", "roles", "COMMS"));
		ConsoleClient.Page forged = console.postRaw("/console/accounts/new",
				Map.of("username", "made.up", "roles", "COMMS", "_csrf", "forged-token"));
		ConsoleClient.Page signIn = new ConsoleClient(this.port).postRaw("/console/sign-in",
				Map.of("username", admin, "password", PASSWORD));

		assertThat(missing.status()).isEqualTo(403);
		assertThat(missing.body()).contains("The form has expired");
		assertThat(forged.status()).isEqualTo(403);
		assertThat(signIn.status()).isEqualTo(403);
		assertThat(this.staff.find("made.up")).isEmpty();
	}

	@Test
	void theSessionCookieIsHttpOnlyStrictAndSecureBehindTls() {
		HttpRequest.Builder overTls = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/console/sign-in"))
			.header("X-Forwarded-Proto", "https");

		ConsoleClient.Page plain = new ConsoleClient(this.port).get("/console/sign-in");
		ConsoleClient.Page secure = new ConsoleClient(this.port).send(overTls);

		assertThat(plain.header("Set-Cookie")).contains("JSESSIONID=").contains("HttpOnly").contains("SameSite=Strict")
			.doesNotContain("Secure");
		assertThat(secure.header("Set-Cookie")).contains("HttpOnly").contains("SameSite=Strict").contains("Secure");
		assertThat(secure.header("Strict-Transport-Security")).contains("max-age=");
	}

	@Test
	void consolePagesForbidFramingAndForeignContentAndCasePagesAreNeverStored() {
		String officer = account("officer", Set.of(Role.OFFICER), CUCKOOING_TEAMS);
		String reference = cuckooingCase("headers");
		ConsoleClient console = signedIn(officer);

		ConsoleClient.Page page = console.get("/console/cases/" + reference);

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.header("Content-Security-Policy")).contains("default-src 'self'").contains("frame-ancestors 'none'")
			.contains("script-src 'self'").doesNotContain("unsafe-inline");
		assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
		assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(page.header("Referrer-Policy")).isEqualTo("no-referrer");
		assertThat(page.header("Cache-Control")).contains("no-store");
		assertThat(console.get("/console/cases").header("Cache-Control")).contains("no-store");
	}

	@Test
	void theCodeStepCannotBeSkippedAndTheSessionIdChangesAtEachStep() {
		String officer = account("officer", Set.of(Role.OFFICER), CUCKOOING_TEAMS);
		ConsoleClient console = new ConsoleClient(this.port);
		console.get("/console/sign-in");
		String anonymous = console.cookie("JSESSIONID").orElseThrow().getValue();

		ConsoleClient.Page password = console.post("/console/sign-in", Map.of("username", officer, "password", PASSWORD));
		String pending = console.cookie("JSESSIONID").orElseThrow().getValue();

		assertThat(password.location()).hasValueSatisfying(where -> assertThat(where).endsWith("/console/sign-in/new-code"));
		assertThat(pending).isNotEqualTo(anonymous);
		assertThat(console.get("/console/cases").sentToSignIn()).isTrue();
		assertThat(console.get("/console").sentToSignIn()).isTrue();
	}

	@Test
	void aConsoleSessionIsNotAcceptedByTheJsonApi() {
		String admin = account("admin", Set.of(Role.ADMIN), Set.of());
		ConsoleClient console = signedIn(admin);

		assertThat(console.get("/console/accounts").status()).isEqualTo(200);
		assertThat(console.get("/api/v1/staff/accounts").status()).isEqualTo(401);
	}

	@Test
	void fiveWrongPasswordsLockTheAccountAndEveryFailureIsAudited() {
		String comms = account("comms", Set.of(Role.COMMS), Set.of());
		ConsoleClient console = new ConsoleClient(this.port);
		console.get("/console/sign-in");
		for (int attempt = 0; attempt < 5; attempt++) {
			ConsoleClient.Page wrong = console.post("/console/sign-in", Map.of("username", comms, "password", "wrong " + attempt));
			assertThat(wrong.status()).isEqualTo(200);
			assertThat(wrong.body()).contains("The username or password is not right");
		}

		ConsoleClient.Page right = console.post("/console/sign-in", Map.of("username", comms, "password", PASSWORD));

		assertThat(right.status()).isEqualTo(200);
		assertThat(right.body()).contains("There is a problem");
		assertThat(this.audit.search(new AuditQuery(comms, "SIGN_IN_FAILED", null, null, null, 20)))
			.extracting(AuditEntry::detail).containsOnly("wrong password", "account locked").hasSize(6);
		assertThat(this.audit.search(new AuditQuery("system", "ACCOUNT_LOCKED", comms, null, null, 5))).hasSize(1);
	}

	@Test
	void aDisabledOfficerIsSignedOutAtTheNextRequestAndCanWorkNoCase() {
		String admin = account("admin", Set.of(Role.ADMIN), Set.of());
		String officer = account("officer", Set.of(Role.OFFICER), CUCKOOING_TEAMS);
		ConsoleClient console = signedIn(officer);
		assertThat(console.get("/console/cases").status()).isEqualTo(200);

		this.administration.disable(admin, officer);

		ConsoleClient.Page next = console.get("/console/cases");
		assertThat(next.status()).isEqualTo(303);
		assertThat(next.location()).hasValue("/console/sign-in?ended=access");
		assertThat(console.get("/console/cases").sentToSignIn()).as("the session is gone").isTrue();
		assertThatThrownBy(() -> this.desk.casesFor(new CaseDesk.Officer(officer, CUCKOOING_TEAMS)))
			.isInstanceOfSatisfying(CaseRuleException.class,
					refused -> assertThat(refused.rule()).isEqualTo(CaseRuleException.Rule.ACCOUNT_NOT_ALLOWED));
		assertThat(this.audit.search(new AuditQuery(officer, "SESSION_ENDED", null, null, null, 5)))
			.extracting(AuditEntry::detail).containsExactly("access");
	}

	@Test
	void changingSomeonesRolesEndsTheirSession() {
		String admin = account("admin", Set.of(Role.ADMIN), Set.of());
		String comms = account("comms", Set.of(Role.COMMS), Set.of());
		ConsoleClient console = signedIn(comms);

		this.administration.changeAccess(admin, comms, Set.of(Role.COMMS, Role.OFFICER), Set.of("fraud"));

		assertThat(console.get("/console/content").location()).hasValue("/console/sign-in?ended=access");
	}

	@Test
	void aOneTimePasswordIsChangedBeforeTheCodeAndTheConsole() {
		String admin = account("admin", Set.of(Role.ADMIN), Set.of());
		String officer = account("officer", Set.of(Role.OFFICER), CUCKOOING_TEAMS);
		String oneTime = this.administration.resetPassword(admin, officer);
		ConsoleClient console = new ConsoleClient(this.port);
		console.get("/console/sign-in");

		ConsoleClient.Page step = console.post("/console/sign-in", Map.of("username", officer, "password", oneTime));
		assertThat(step.location()).hasValueSatisfying(where -> assertThat(where).endsWith("/console/sign-in/password"));
		console.get("/console/sign-in/password");
		ConsoleClient.Page mismatch = console.post("/console/sign-in/password",
				Map.of("currentPassword", oneTime, "newPassword", PASSWORD + "!", "confirmPassword", PASSWORD + "?"));
		ConsoleClient.Page changed = console.post("/console/sign-in/password",
				Map.of("currentPassword", oneTime, "newPassword", PASSWORD + "!", "confirmPassword", PASSWORD + "!"));

		assertThat(mismatch.body()).contains("The new passwords do not match").contains("href=\"#confirmPassword\"");
		assertThat(changed.location()).hasValueSatisfying(where -> assertThat(where).endsWith("/console/sign-in/new-code"));
		assertThat(this.staff.find(officer).orElseThrow().mustChangePassword()).isFalse();
	}

	@Test
	void anAdministratorOverseesEveryCaseAuditedButActsOnNone() {
		String admin = account("admin", Set.of(Role.ADMIN), Set.of());
		String cuckooing = cuckooingCase("oversight");
		String hateCrime = hateCrimeCase("oversight");
		ConsoleClient console = signedIn(admin);

		ConsoleClient.Page list = console.get("/console/cases?status=all");
		ConsoleClient.Page page = console.get("/console/cases/" + hateCrime);
		ConsoleClient.Page claim = console.post("/console/cases/" + cuckooing + "/claim", Map.of());

		assertThat(list.body()).contains(cuckooing).contains(hateCrime).doesNotContain("oversight");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("oversight").contains("You are seeing this case as an administrator")
			.doesNotContain("id=\"claim\"");
		assertThat(claim.status()).isEqualTo(403);
		assertThat(this.audit.search(new AuditQuery(admin, "CASE_VIEW", hateCrime, null, null, 5))).hasSize(1);
	}

	@Test
	void theStylesheetIsGovukFrontendWithoutItsFontAndWithoutTheCrown() {
		ConsoleClient.Page css = new ConsoleClient(this.port).get("/console/assets/console.css");
		ConsoleClient.Page signIn = new ConsoleClient(this.port).get("/console/sign-in");

		assertThat(css.status()).isEqualTo(200);
		assertThat(css.body()).contains(".govuk-button").doesNotContain("GDS Transport").doesNotContain("@font-face")
			.contains("system-ui");
		assertThat(signIn.body()).contains("SoSafe Stevenage").doesNotContain("govuk-logo").doesNotContain("<svg")
			.doesNotContain("GOV.UK");
	}
}
