package uk.sosafe.assistant.console;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import uk.sosafe.assistant.staff.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every console page, in each state that shows something different (errors included), passes axe-core's
 * WCAG 2.2 AA rules with no serious or critical violation. The pages come from Spring's handler mapping:
 * a new console page without a visit here fails the test.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityBrowserTest extends ConsoleTest {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Autowired
	uk.sosafe.assistant.campaign.CampaignDesk campaigns;

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
	void everyConsolePagePassesAxe() {
		String officer = account("officer", Set.of(Role.OFFICER), CUCKOOING_TEAMS);
		String comms = account("comms", Set.of(Role.COMMS), Set.of());
		String admin = account("admin", Set.of(Role.ADMIN), Set.of());
		String newcomer = "newcomer." + System.nanoTime() % 100_000;
		this.staff.create(newcomer, "New Comer", PASSWORD, Set.of(Role.OFFICER), CUCKOOING_TEAMS, true);
		String reference = cuckooingCase("axe-marker");
		say(openSession(), "zorbling quibbits for the accessibility walk?");
		Map<String, Runnable> walk = new LinkedHashMap<>();

		walk.put("/console/sign-in", () -> {
			this.browser.forgetCookies();
			this.browser.visit("/console/sign-in").accessible();
			this.browser.submit("sign-in").accessible();
		});
		walk.put("/console/sign-in/password", () -> {
			this.browser.forgetCookies();
			this.browser.visit("/console/sign-in").type("username", newcomer).type("password", PASSWORD).submit("sign-in");
			assertThat(this.browser.path()).isEqualTo("/console/sign-in/password");
			this.browser.accessible().type("currentPassword", PASSWORD).type("newPassword", "short")
				.type("confirmPassword", "short").submit(this.browser.submitButton()).accessible();
			assertThat(this.browser.has(".govuk-error-summary")).isTrue();
		});
		walk.put("/console/sign-in/new-code", () -> {
			this.browser.forgetCookies();
			this.browser.visit("/console/sign-in").type("username", officer).type("password", PASSWORD).submit("sign-in");
			assertThat(this.browser.path()).isEqualTo("/console/sign-in/new-code");
			this.browser.accessible();
			OneTimeCodeApp.add(officer, this.browser.attribute("#secret", "data-secret"));
			this.browser.type("code", OneTimeCodeApp.code(officer)).submit(this.browser.submitButton());
		});
		walk.put("/console/sign-in/code", () -> {
			this.browser.forgetCookies();
			this.browser.visit("/console/sign-in").type("username", officer).type("password", PASSWORD).submit("sign-in");
			assertThat(this.browser.path()).isEqualTo("/console/sign-in/code");
			this.browser.accessible().type("code", "12").submit(this.browser.submitButton()).accessible();
			assertThat(this.browser.has(".govuk-error-summary")).isTrue();
			this.browser.type("code", OneTimeCodeApp.code(officer)).submit(this.browser.submitButton());
		});
		walk.put("/console", () -> this.browser.visit("/console").accessible());
		walk.put("/console/cases", () -> {
			this.browser.visit("/console/cases").accessible();
			this.browser.visit("/console/cases?status=all&order=newest").accessible();
		});
		walk.put("/console/cases/{reference}", () -> {
			this.browser.visit("/console/cases/" + reference).accessible();
			this.browser.submit("claim").accessible();
			this.browser.submit("close").accessible();
			assertThat(this.browser.has(".govuk-error-summary")).isTrue();
			this.browser.visit("/console/cases/SS-NONE").accessible();
			assertThat(this.browser.heading()).isEqualTo("Page not found");
		});
		walk.put("/console/content", () -> {
			this.browser.forgetCookies();
			this.browser.signIn(comms, PASSWORD).visit("/console/content").accessible().screenshot("content");
			this.browser.visit("/console/accounts").accessible();
			assertThat(this.browser.heading()).isEqualTo("You cannot do this");
		});
		walk.put("/console/gaps", () -> this.browser.visit("/console/gaps").accessible().screenshot("gaps"));
		walk.put("/console/surveys", () -> this.browser.visit("/console/surveys").accessible());
		walk.put("/console/campaigns", () -> this.browser.visit("/console/campaigns").accessible());
		walk.put("/console/campaigns/new", () -> this.browser.visit("/console/campaigns/new").accessible());
		walk.put("/console/campaigns/{id}", () -> {
			String id = this.campaigns.write("axe.author", new uk.sosafe.assistant.campaign.Campaign.Content("Axe walk", "Hello",
					"Hello", Set.of(uk.sosafe.assistant.campaign.CampaignTopic.SCAMS), Set.of(),
					Set.of(uk.sosafe.assistant.conversation.spi.Channel.TELEGRAM, uk.sosafe.assistant.conversation.spi.Channel.SMS),
					false)).id();
			this.browser.visit("/console/campaigns/" + id).accessible();
			this.browser.visit("/console/campaigns/no-such-campaign").accessible();
			assertThat(this.browser.heading()).isEqualTo("Page not found");
		});
		walk.put("/console/surveys/{id}", () -> {
			this.browser.visit("/console/surveys/feeling-safe").accessible();
			this.browser.visit("/console/surveys/feeling-safe?to=soon").accessible();
			assertThat(this.browser.has(".govuk-error-summary")).isTrue();
		});
		walk.put("/console/accounts", () -> {
			this.browser.forgetCookies();
			this.browser.signIn(admin, PASSWORD).visit("/console/accounts").accessible();
		});
		walk.put("/console/accounts/new", () -> this.browser.visit("/console/accounts/new").accessible());
		walk.put("/console/accounts/{username}", () -> {
			this.browser.visit("/console/accounts/" + officer).accessible();
			this.browser.submit("reset-password").accessible();
			assertThat(this.browser.heading()).isEqualTo("Password reset");
		});
		walk.put("/console/residents", () -> {
			this.browser.visit("/console/residents").accessible();
			this.browser.submit("look-up").accessible();
			assertThat(this.browser.has(".govuk-error-summary")).isTrue();
		});
		walk.put("/console/residents/{reference}", () -> {
			String session = openSession();
			say(session, "how do I report a scam?");
			this.browser.visit("/console/residents").type("address", session);
			this.browser.driverClick("channel-WEB").submit("look-up").accessible();
			assertThat(this.browser.path()).startsWith("/console/residents/r_");
			this.browser.submit("erase").accessible();
			assertThat(this.browser.has(".govuk-error-summary")).isTrue();
		});
		walk.put("/console/audit", () -> {
			this.browser.visit("/console/audit").accessible();
			this.browser.visit("/console/cases/" + reference).accessible();
			assertThat(this.browser.has(".govuk-inset-text")).as("oversight notice").isTrue();
		});

		assertThat(walk.keySet()).as("console pages without a visit in this walk").containsAll(consolePages());
		walk.values().forEach(Runnable::run);
		this.browser.forgetCookies();
	}

	@Test
	void theCheckItselfFailsOnAnUnlabelledField() {
		this.browser.visit("/console/sign-in");
		this.browser.inject("document.getElementById('username').labels[0].remove()");

		assertThatThrownBy(this.browser::accessible).isInstanceOf(AssertionError.class).hasMessageContaining("label");
	}

	private Set<String> consolePages() {
		Set<String> pages = new TreeSet<>();
		this.mapping.getHandlerMethods().keySet().forEach(info -> {
			if (info.getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
				info.getPatternValues().stream()
					.filter(pattern -> pattern.startsWith("/console") && !pattern.startsWith("/console/assets/"))
					.filter(pattern -> !pattern.endsWith(".svg") && !pattern.endsWith(".csv") && !pattern.endsWith(".json"))
					.forEach(pages::add);
			}
		});
		return pages;
	}
}
