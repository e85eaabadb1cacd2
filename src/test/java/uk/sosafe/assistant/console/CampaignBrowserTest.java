package uk.sosafe.assistant.console;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import uk.sosafe.assistant.campaign.CampaignTopic;
import uk.sosafe.assistant.campaign.SmsLength;
import uk.sosafe.assistant.campaign.Subscriptions;
import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.conversation.spi.Residents;
import uk.sosafe.assistant.staff.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two comms users in real Chromium: one writes a campaign for a ward with reply options (and is told what
 * is missing), cannot approve it; the other approves and sends it, and both watch its progress until it
 * finishes. A campaign with a send time and a survey invitation is scheduled for that time in London. The
 * text message's length is counted as it is typed. Every page passes axe-core.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignBrowserTest extends ConsoleTest {

	@Autowired
	Subscriptions subscriptions;

	@Autowired
	Residents residents;

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
	void oneWritesAnotherApprovesAndSendsAndBothWatchItGo() {
		for (String ward : new String[] { "bedwell", "bedwell", "chells" }) {
			ResidentId resident = this.residents.resolve(Channel.TELEGRAM, "81" + System.nanoTime());
			this.subscriptions.request(resident, Channel.TELEGRAM, CampaignTopic.EVENTS, ward, "test");
			this.subscriptions.confirm(resident, Channel.TELEGRAM, CampaignTopic.EVENTS, "test");
		}
		String author = account("comms.writer", Set.of(Role.COMMS), Set.of());
		String approver = account("comms.checker", Set.of(Role.COMMS), Set.of());

		this.browser.forgetCookies();
		this.browser.signIn(author, PASSWORD).visit("/console/campaigns").accessible();
		this.browser.submit("new-campaign").accessible();
		this.browser.type("title", "Fun day").driverClick("topics-events").driverClick("wards-bedwell").driverClick("channels");
		this.browser.type("options", "I'll be there").type("options-2", "Maybe");
		this.browser.submit("save").accessible().screenshot("campaign-errors");
		assertThat(this.browser.text(".govuk-error-summary")).contains("Telegram text");
		assertThat(this.browser.attribute("#wards-bedwell", "checked")).as("the ward chosen is kept").isNotNull();
		this.browser.type("telegramText", "Community fun day on Saturday at the park, 11am to 3pm. Are you coming?");
		this.browser.submit("save").accessible().screenshot("campaign-draft");
		assertThat(this.browser.text("#status")).isEqualTo("DRAFT");
		assertThat(this.browser.text("#wards")).isEqualTo("Bedwell");
		assertThat(this.browser.texts("#options li")).containsExactly("I'll be there", "Maybe");
		assertThat(this.browser.has("#approve")).as("the author cannot approve").isFalse();
		assertThat(this.browser.text("#needs-approval")).contains("Someone other than you");
		String page = this.browser.path();

		this.browser.forgetCookies();
		this.browser.signIn(approver, PASSWORD).visit(page).accessible();
		this.browser.submit("approve").accessible();
		assertThat(this.browser.text("#approved-by")).isEqualTo(approver);
		assertThat(this.browser.text("#send")).isEqualTo("Send");
		this.browser.submit("send").accessible();
		for (int i = 0; i < 100 && !this.browser.text("#status").equals("FINISHED"); i++) {
			sleep();
			this.browser.visit(page);
		}

		assertThat(this.browser.text("#status")).as("every message final (this test has no Telegram, so they fail)")
			.isEqualTo("FINISHED");
		assertThat(this.browser.text("#recipients")).as("the two in Bedwell").isEqualTo("2");
		assertThat(this.browser.text("#answers-1")).isEqualTo("0");
		this.browser.accessible().screenshot("campaign-progress");
		this.browser.visit("/console/campaigns").accessible();
		assertThat(this.browser.text("#campaigns")).contains("Fun day");
	}

	@Test
	void aSendTimeIsCheckedThenTheApproverSchedulesItForThatTimeInLondon() {
		String author = account("comms.planner", Set.of(Role.COMMS), Set.of());
		String approver = account("comms.scheduler", Set.of(Role.COMMS), Set.of());
		this.browser.forgetCookies();
		this.browser.signIn(author, PASSWORD).visit("/console/campaigns/new");
		this.browser.type("title", "Survey week").driverClick("topics-surveys").driverClick("channels")
			.type("telegramText", "Tell us how safe you feel: it takes 3 minutes.");
		new Select(this.browser.element("surveyId")).selectByValue("feeling-safe");
		this.browser.type("sendDay", "31").type("sendMonth", "2").type("sendYear", "2031").type("sendTime", "10:00");
		this.browser.submit("save").accessible();
		assertThat(this.browser.text(".govuk-error-summary")).contains("Enter the send date");
		this.browser.type("sendDay", "1").type("sendMonth", "7").type("sendTime", "2:30pm");
		this.browser.submit("save").accessible().screenshot("campaign-planned");
		assertThat(this.browser.text("#send-at")).isEqualTo("1 July 2031 at 2:30pm");
		assertThat(this.browser.attribute("#send-at", "datetime")).isEqualTo("2031-07-01T14:30+01:00");
		assertThat(this.browser.text("#survey")).isEqualTo("Feeling safe in Stevenage");
		String page = this.browser.path();

		this.browser.forgetCookies();
		this.browser.signIn(approver, PASSWORD).visit(page);
		this.browser.submit("approve").accessible();
		assertThat(this.browser.text("#send")).isEqualTo("Schedule for 1 July 2031 at 2:30pm");
		assertThat(this.browser.has("#send-now")).isTrue();
		this.browser.submit("send").accessible();

		assertThat(this.browser.text("#status")).isEqualTo("SCHEDULED");
		assertThat(this.browser.text(".govuk-notification-banner")).contains("Scheduled for 1 July 2031 at 2:30pm");
		assertThat(this.browser.text("#send-at")).isEqualTo("1 July 2031 at 2:30pm");
		this.browser.submit("cancel");
		assertThat(this.browser.text("#status")).isEqualTo("CANCELLED");
	}

	@Test
	void theTextMessageLengthIsCountedAsItIsTypedAndTheServerCountsTheSame() {
		String author = account("comms.counter", Set.of(Role.COMMS), Set.of());
		this.browser.forgetCookies();
		this.browser.signIn(author, PASSWORD).visit("/console/campaigns/new");
		assertThat(this.browser.text("#smsText-length")).isEqualTo("Nothing written yet.");

		String text = "a".repeat(140);
		this.browser.type("smsText", text);
		assertCount(text, List.of(), "160 characters, 1 text (GSM-7)");
		this.browser.type("smsText", text + "b");
		assertCount(text + "b", List.of(), "161 characters, 2 texts (GSM-7)");
		this.browser.type("options", "Yes").type("options-2", "No");
		assertCount(text + "b", List.of("Yes", "No"), null);
		String unicode = "Caf\u00E9 \u2713 the fair is on \u201CSaturday\u201D";
		this.browser.type("smsText", unicode);
		assertCount(unicode, List.of("Yes", "No"), null);
		assertThat(this.browser.text("#smsText-length")).contains("Unicode");
		String typed = this.browser.text("#smsText-length");

		this.browser.submit("check").accessible();

		assertThat(this.browser.text("#smsText-length")).as("the server's count, with the same text and options")
			.isEqualTo(typed);
		assertThat(this.browser.has(".govuk-error-summary")).as("only checked, not saved").isFalse();
	}

	/** Waits for the page's count to be what the server would say for this text and these options. */
	private void assertCount(String smsText, List<String> options, String expected) {
		String server = SmsLength.ofCampaign(smsText, options).describe();
		if (expected != null) {
			assertThat(server).isEqualTo(expected);
		}
		for (int i = 0; i < 50 && !this.browser.text("#smsText-length").equals(server); i++) {
			sleep();
		}
		assertThat(this.browser.text("#smsText-length")).isEqualTo(server);
	}

	private static void sleep() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
