package uk.sosafe.assistant.console;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;

import uk.sosafe.assistant.audit.AuditEntry;
import uk.sosafe.assistant.audit.AuditQuery;
import uk.sosafe.assistant.audit.AuditTrail;
import uk.sosafe.assistant.privacy.PersonalData;
import uk.sosafe.assistant.staff.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer's first morning in real Chromium: sign in with a password and a code from a new
 * authenticator app (computed here from the key the page shows), see only the team's cases, open one,
 * claim it, reply to the resident and close it; a case of another team stays closed to them. Every page
 * on the way passes axe-core.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseWorkBrowserTest extends ConsoleTest {

	@Autowired
	AuditTrail audit;

	@Autowired
	PersonalData personalData;

	private Browser browser;

	@BeforeAll
	void browser() {
		this.browser = Browser.start(this.port);
	}

	@AfterAll
	void close() {
		this.browser.close();
	}

	@Test
	void anOfficerSignsInWithACodeSeesOnlyTheirTeamsCasesAndWorksOneToTheEnd() {
		String officer = account("officer", Set.of(Role.OFFICER), CUCKOOING_TEAMS);
		String ours = cuckooingCase("kestrel-marker");
		String theirs = hateCrimeCase("heron-marker");
		routeTo(theirs, "hate-crime");

		this.browser.visit("/console/cases");
		assertThat(this.browser.path()).isEqualTo("/console/sign-in");
		this.browser.accessible().screenshot("sign-in");
		this.browser.type("username", officer).type("password", PASSWORD).submit("sign-in");
		assertThat(this.browser.heading()).isEqualTo("Set up your authenticator app");
		assertThat(this.browser.has("img.sosafe-qr")).isTrue();
		this.browser.accessible().screenshot("set-up-app");
		String secret = this.browser.attribute("#secret", "data-secret");
		OneTimeCodeApp.add(officer, secret);
		this.browser.type("code", "000000").submit(this.browser.submitButton());
		if (this.browser.has(".govuk-error-summary")) {
			assertThat(this.browser.text(".govuk-error-summary")).contains("The code is not right");
			this.browser.accessible();
		}
		this.browser.type("code", OneTimeCodeApp.code(officer)).submit(this.browser.submitButton());

		assertThat(this.browser.path()).as("back where they were going").isEqualTo("/console/cases");
		List<String> listed = this.browser.texts("#cases tbody th");
		assertThat(listed).contains(ours).doesNotContain(theirs);
		listed.forEach(reference -> assertThat(teamsOf(reference)).as(reference).containsAnyElementsOf(CUCKOOING_TEAMS));
		this.browser.accessible().screenshot("cases");

		this.browser.visit("/console/cases/" + ours);
		assertThat(this.browser.text("#disclosure")).contains("kestrel-marker");
		assertThat(this.browser.text("#contact")).contains("in the chat");
		assertThat(this.browser.text("#status")).isEqualTo("Not claimed");
		this.browser.accessible();
		this.browser.submit("claim");
		assertThat(this.browser.text("#status")).isEqualTo("Claimed");
		assertThat(this.browser.text("#claimed-by")).isEqualTo(officer);

		this.browser.submit("send-reply");
		assertThat(this.browser.text(".govuk-error-summary")).contains("Enter your reply");
		assertThat(this.browser.attribute(".govuk-error-summary a", "href")).isEqualTo("#text");
		this.browser.accessible();
		long before = this.jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM outbox").query(Long.class).single();
		this.browser.type("text", "Thank you for telling us. Is Tuesday a safe day for a visit?").submit("send-reply");
		assertThat(this.browser.text(".govuk-notification-banner--success")).contains("queued for the resident");
		assertThat(this.browser.text("#status")).isEqualTo("In contact");
		assertThat(this.jdbc.sql("SELECT body_enc FROM outbox WHERE id > :id").param("id", before).query(byte[].class)
			.list().stream().map(this.personalData::decrypt).toList())
			.anySatisfy(sent -> assertThat(sent).contains(ours).contains("Is Tuesday a safe day"));
		this.browser.screenshot("case");

		this.browser.type("outcome", "Visited with the housing officer; support arranged.").submit("close");
		assertThat(this.browser.text("#status")).isEqualTo("Closed");
		assertThat(this.browser.texts("#history tbody td:nth-child(3)")).contains("Viewed", "Claimed",
				"Replied to the resident", "Closed");
		assertThat(this.audit.search(new AuditQuery(officer, "CASE_", ours, null, null, 50)))
			.extracting(AuditEntry::action).contains("CASE_VIEW", "CASE_CLAIM", "CASE_REPLY", "CASE_CLOSE");
		assertThat(this.audit.search(new AuditQuery(officer, "SIGN_IN", null, null, null, 5)))
			.extracting(AuditEntry::detail).contains("console", "wrong one-time code");

		this.browser.visit("/console/cases/" + theirs);
		assertThat(this.browser.heading()).isEqualTo("You cannot do this");
		assertThat(this.browser.text("#reason")).contains("not routed to your team");
		this.browser.accessible();
		assertThat(this.audit.search(new AuditQuery(officer, "CASE_ACCESS_REFUSED", theirs, null, null, 5))).hasSize(1);
	}

	/** Office hours decide where a case goes; the test makes the other team's case certain to be theirs only. */
	private void routeTo(String reference, String team) {
		this.jdbc.sql("UPDATE cases SET teams = :team WHERE reference = :reference").param("team", team)
			.param("reference", reference).update();
	}

	private List<String> teamsOf(String reference) {
		return List.of(this.jdbc.sql("SELECT teams FROM cases WHERE reference = :reference").param("reference", reference)
			.query(String.class).single().split(","));
	}
}
