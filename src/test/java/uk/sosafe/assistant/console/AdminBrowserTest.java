package uk.sosafe.assistant.console;

import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Cookie;

import org.springframework.beans.factory.annotation.Autowired;

import uk.sosafe.assistant.audit.AuditEntry;
import uk.sosafe.assistant.audit.AuditQuery;
import uk.sosafe.assistant.audit.AuditTrail;
import uk.sosafe.assistant.staff.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator in real Chromium: creates an account, disables an officer who is signed in elsewhere
 * (whose very next page is the sign-in page), checks the audit trail, and then finds the entry someone
 * changed in the database behind the application's back. Every page on the way passes axe-core.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminBrowserTest extends ConsoleTest {

	@Autowired
	AuditTrail audit;

	@Autowired
	uk.sosafe.assistant.safety.OfficerLinks links;

	private Browser browser;

	private String admin;

	@BeforeAll
	void browser() {
		this.admin = account("admin", Set.of(Role.ADMIN), Set.of());
		this.browser = Browser.start(this.port);
	}

	@AfterAll
	void close() {
		this.browser.close();
	}

	@Test
	void anAdministratorCreatesAnAccountAndDisablesAnOfficerWhoIsThenSignedOut() {
		String officer = account("officer", Set.of(Role.OFFICER), CUCKOOING_TEAMS);
		this.browser.forgetCookies();
		this.browser.signIn(officer, PASSWORD).visit("/console/cases");
		Set<Cookie> officerSession = this.browser.cookies();
		this.browser.forgetCookies();

		this.browser.signIn(this.admin, PASSWORD).visit("/console/accounts/new");
		this.browser.submit("create");
		assertThat(this.browser.text(".govuk-error-summary")).contains("Enter a username").contains("Select at least one role");
		this.browser.accessible();
		String newcomer = "comms.newcomer" + System.nanoTime() % 100_000;
		this.browser.type("username", newcomer).type("displayName", "Sam Newcomer");
		this.browser.driverClick("roles-COMMS");
		this.browser.submit("create");
		assertThat(this.browser.heading()).isEqualTo("Account created");
		assertThat(this.browser.text("#one-time-password")).hasSize(20);
		this.browser.accessible();
		assertThat(this.staff.find(newcomer).orElseThrow().mustChangePassword()).isTrue();

		this.browser.visit("/console/accounts");
		assertThat(this.browser.texts("#accounts tbody th")).contains(officer, newcomer);
		this.browser.accessible().screenshot("accounts");
		this.links.redeem(uk.sosafe.assistant.conversation.spi.Channel.TELEGRAM, "6120945331", this.links.issue(officer).code());
		this.browser.visit("/console/accounts/" + officer).accessible().screenshot("account");
		assertThat(this.browser.text("#account-telegram")).startsWith("Linked on");
		this.browser.submit("disable");
		assertThat(this.browser.text(".govuk-notification-banner--success")).contains("disabled");
		assertThat(this.browser.text("#account-status")).isEqualTo("Disabled");

		this.browser.useCookies(officerSession);
		this.browser.visit("/console/cases");
		assertThat(this.browser.path()).startsWith("/console/sign-in");
		assertThat(this.browser.text("#ended")).contains("signed out because your account was changed or disabled");
		this.browser.accessible();
		assertThat(this.audit.search(new AuditQuery(this.admin, "ACCOUNT_DISABLED", officer, null, null, 5))).hasSize(1);
		this.browser.forgetCookies();
	}

	@Test
	void theAuditPageVerifiesTheChainAndThenFindsAnEntryAlteredInTheDatabase() {
		this.browser.forgetCookies();
		this.browser.signIn(this.admin, PASSWORD).visit("/console/audit?actor=" + this.admin);
		assertThat(this.browser.texts("#entries tbody td:nth-child(4)")).contains("SIGN_IN");
		this.browser.submit("verify");
		assertThat(this.browser.text("#chain-intact")).contains("The audit trail is intact");
		this.browser.accessible().screenshot("audit");

		AuditEntry altered = this.audit.search(new AuditQuery(this.admin, "SIGN_IN", null, null, null, 1)).get(0);
		try {
			this.jdbc.sql("DROP TRIGGER audit_entries_no_update").update();
			this.jdbc.sql("UPDATE audit_entries SET actor = 'someone.else' WHERE sequence = :sequence")
				.param("sequence", altered.sequence()).update();

			this.browser.submit("verify");

			assertThat(this.browser.text("#chain-broken")).contains("The audit trail has been altered")
				.contains("content was changed");
			assertThat(this.browser.text("#broken-sequence")).isEqualTo(String.valueOf(altered.sequence()));
			this.browser.accessible().screenshot("audit-altered");
		}
		finally {
			this.jdbc.sql("UPDATE audit_entries SET actor = :actor WHERE sequence = :sequence")
				.param("actor", altered.actor()).param("sequence", altered.sequence()).update();
			this.jdbc.sql("""
					CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries
					BEGIN
					    SELECT RAISE(ABORT, 'the audit trail is append-only');
					END""").update();
		}
		assertThat(this.audit.verify().intact()).as("restored").isTrue();

		this.browser.visit("/console/audit?from-day=31&from-month=2&from-year=2026");
		assertThat(this.browser.text(".govuk-error-summary")).contains("real date");
		this.browser.accessible();
		this.browser.forgetCookies();
	}
}
