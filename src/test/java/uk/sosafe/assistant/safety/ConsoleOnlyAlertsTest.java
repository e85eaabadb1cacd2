package uk.sosafe.assistant.safety;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.sosafe.assistant.HttpTest;
import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.StaffMessages;
import uk.sosafe.assistant.conversation.spi.StaffMessages.StaffMessage;
import uk.sosafe.assistant.staff.Role;
import uk.sosafe.assistant.staff.StaffDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partnership whose data protection assessment rules Telegram out sets
 * {@code sosafe.safeguarding.telegram-alerts=false}: case alerts and notices go by SMS and the console
 * only, and case buttons or commands from Telegram are refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "SOSAFE_ADMIN_PASSWORD=" + HttpTest.ADMIN_PASSWORD, "sosafe.knowledge.reload-check=0s",
				"sosafe.safeguarding.telegram-alerts=false" })
class ConsoleOnlyAlertsTest extends HttpTest {

	private static final Path DATA = temporaryFolder("sosafe-console-only-");

	private static final String PASSWORD = "a long enough password for tests";

	@DynamicPropertySource
	static void dataFolder(DynamicPropertyRegistry registry) {
		registry.add("sosafe.data-dir", DATA::toString);
	}

	@Autowired
	StaffDirectory staff;

	@Autowired
	List<StaffMessages> staffMessages;

	@Test
	void nothingAboutACaseGoesToTelegram() {
		String session = openSession();
		say(session, "people have taken over my brothers flat and are dealing from it, he cant get them out");
		choose(session, "case:offer");
		choose(session, "case:contact:chat");
		String reference = say(session, "skip").json().path("caseRef").asString();
		String team = this.jdbc.sql("SELECT teams FROM cases WHERE reference = :ref").param("ref", reference)
			.query(String.class).single();
		this.staff.create("officer.console", "Officer Console", PASSWORD, Set.of(Role.OFFICER), Set.of(team), false);

		Response claimed = asStaff("officer.console", PASSWORD, HttpRequest.newBuilder(
				uri("/api/v1/staff/cases/" + reference + "/claim")).POST(HttpRequest.BodyPublishers.noBody()));
		assertThat(claimed.status()).isEqualTo(200);

		assertThat(channelsAlerted()).containsOnly("SMS");
		assertThat(this.staffMessages).singleElement().satisfies(desk -> assertThat(desk.take(new StaffMessage(
				Channel.TELEGRAM, "u-1", "6120945331", "", "staff:claim:" + reference, null, false)))
			.hasValueSatisfying(handled -> assertThat(handled.notice()).contains("switched off")));
	}

	private List<String> channelsAlerted() {
		return this.jdbc.sql("SELECT r.channel FROM outbox o JOIN residents r ON r.id = o.resident_id WHERE o.lane = 0")
			.query(String.class).list();
	}
}
