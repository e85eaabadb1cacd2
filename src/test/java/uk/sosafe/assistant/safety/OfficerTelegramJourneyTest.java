package uk.sosafe.assistant.safety;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import uk.sosafe.assistant.channel.ChannelApplicationTest;
import uk.sosafe.assistant.channel.fakes.FakeTelegram.Call;
import uk.sosafe.assistant.staff.Role;
import uk.sosafe.assistant.staff.StaffDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole safeguarding journey over the fake Telegram and Twilio servers: a resident discloses and
 * consents; the routed team's group gets an alert with Claim and Show details, and its number a short
 * text; officers link their Telegram accounts with a one-time code; an unlinked account and another
 * team's officer are refused; the first claimer gets the details privately and a second claimer is told
 * who has it; the officer's reply reaches the resident, the resident's answer reaches the officer, and
 * closing tells the resident. Nothing sent to a group or a team number, and no log line, carries the
 * disclosed words or the resident's chat id.
 */
@ExtendWith(OutputCaptureExtension.class)
class OfficerTelegramJourneyTest extends ChannelApplicationTest {

	private static final Duration WAIT = Duration.ofSeconds(20);

	private static final String PASSWORD = "a long enough password for tests";

	private static final AtomicLong USERS = new AtomicLong(5_100_000_000L);

	private static final AtomicInteger MESSAGE_IDS = new AtomicInteger(300);

	private static final AtomicInteger NUMBERS = new AtomicInteger(600);

	private static final Pattern REFERENCE = Pattern.compile("SS-[2-9A-Z]{4}");

	@Autowired
	StaffDirectory staff;

	@Autowired
	RoutingRules routing;

	@Test
	void officersWorkTheCaseFromTelegramAndTheResidentNeverLeavesTheirChat(CapturedOutput output) {
		long resident = USERS.incrementAndGet();
		String reference = disclose(resident, "my boyfriend hits me and checks my phone, i'm scared to go home, axolotl");
		String teamId = this.jdbc.sql("SELECT teams FROM cases WHERE reference = :ref").param("ref", reference)
			.query(String.class).single();
		RoutingRules.Team team = this.routing.team(teamId).orElseThrow();
		long group = Long.parseLong(team.telegramChat());

		Call alert = awaitTelegram(group, call -> call.text().contains(reference));
		assertThat(buttons(alert)).containsExactly("staff:claim:" + reference, "staff:show:" + reference);
		assertThat(alert.text()).contains("domestic abuse").doesNotContain("axolotl").doesNotContain("boyfriend");
		TWILIO.await(sent -> sent.stream().anyMatch(text -> team.sms().equals(text.to()) && text.body().contains(reference)),
				WAIT);
		assertThat(TWILIO.deliveredTo(team.sms())).allSatisfy(text -> assertThat(text.body()).doesNotContain("axolotl"));

		Officer khan = officer("Officer Khan", teamId);
		Officer patel = officer("Officer Patel", teamId);
		Officer jones = officer("Officer Jones", teamId.equals("hate-crime") ? "fraud" : "hate-crime");

		assertThat(press(khan.telegram(), group, "staff:claim:" + reference)).contains("not linked");
		assertThat(status(reference)).isEqualTo("NEW");

		link(khan);
		link(patel);
		link(jones);

		assertThat(press(jones.telegram(), group, "staff:claim:" + reference)).contains("another team");
		assertThat(press(jones.telegram(), group, "staff:show:" + reference)).contains("another team");
		assertThat(status(reference)).isEqualTo("NEW");

		assertThat(press(khan.telegram(), group, "staff:claim:" + reference)).contains("You have claimed " + reference);
		Call details = awaitTelegram(khan.telegram(), call -> call.text().contains("axolotl"));
		assertThat(details.text()).contains(reference).contains("Status: claimed by you").contains("Reply to this message");
		awaitTelegram(group, call -> call.text().contains(reference + " is claimed by Officer Khan"));
		assertThat(press(patel.telegram(), group, "staff:claim:" + reference))
			.isEqualTo("Officer Khan has already claimed " + reference + ".");
		assertThat(status(reference)).isEqualTo("CLAIMED");
		assertThat(press(khan.telegram(), group, "staff:show:" + reference)).contains("private chat");
		TELEGRAM.awaitCalls(calls -> TELEGRAM.delivered(khan.telegram()).stream()
			.filter(call -> call.text().contains("axolotl")).count() == 2, WAIT);

		ObjectNode reply = replyTo(khan.telegram(), details, "Thank you for telling us. Is it safe to message you here after 6pm?");
		TELEGRAM.deliver(reply);
		Call toResident = awaitTelegram(resident, call -> call.text().contains("after 6pm"));
		assertThat(toResident.text()).startsWith("SoSafe team (" + reference + ")").doesNotContain("Khan");
		awaitTelegram(khan.telegram(), call -> call.text().contains("Sent to the resident of " + reference));
		TELEGRAM.deliver(reply);

		TELEGRAM.deliver(telegramText(resident, MESSAGE_IDS.incrementAndGet(), "yes after 6 is ok, capybara"));
		Call answer = awaitTelegram(khan.telegram(), call -> call.text().contains("capybara"));
		assertThat(answer.text()).contains(reference).contains("Reply to this message");

		TELEGRAM.deliver(telegramText(khan.telegram(), MESSAGE_IDS.incrementAndGet(), "/close " + reference + " referred to SADA"));
		awaitTelegram(resident, call -> call.text().contains("we have closed this case"));
		assertThat(status(reference)).isEqualTo("CLOSED");

		assertThat(TELEGRAM.delivered(resident)).filteredOn(call -> call.text().contains("after 6pm"))
			.as("a redelivered reply is sent once").hasSize(1);
		assertThat(TELEGRAM.delivered(group)).allSatisfy(call -> assertThat(call.text()).doesNotContain("axolotl")
			.doesNotContain("capybara").doesNotContain(String.valueOf(resident)));
		assertThat(TELEGRAM.delivered(patel.telegram())).noneSatisfy(call -> assertThat(call.text()).contains("axolotl"));
		assertThat(TELEGRAM.delivered(jones.telegram())).noneSatisfy(call -> assertThat(call.text()).contains(reference));
		assertThat(this.jdbc.sql("SELECT actor || ' ' || action FROM case_events WHERE case_id = "
				+ "(SELECT id FROM cases WHERE reference = :ref) ORDER BY id").param("ref", reference).query(String.class).list())
			.containsSubsequence(khan.username() + " CLAIM", khan.username() + " REPLY", khan.username() + " CLOSE");
		assertThat(output.getAll()).doesNotContain("axolotl").doesNotContain("capybara").doesNotContain("after 6pm")
			.doesNotContain(String.valueOf(resident)).doesNotContain(String.valueOf(khan.telegram()));
	}

	@Test
	void aResidentWhoTextsGetsTheOfficersReplyByTextAndTheirNumberStaysHidden(CapturedOutput output) {
		String number = "+447700900" + NUMBERS.incrementAndGet();
		textIn(number, "my ex keeps following me home from work and waiting outside my house, pangolin");
		assertThat(awaitText(number, 1)).contains("Reply with a number:\n1 Pass this to the SoSafe team");
		textIn(number, "1");
		assertThat(awaitText(number, 2)).contains("1 Yes, here in this chat");
		textIn(number, "1");
		awaitText(number, 3);
		textIn(number, "skip");
		Matcher found = REFERENCE.matcher(awaitText(number, 4));
		assertThat(found.find()).isTrue();
		String reference = found.group();
		String teamId = this.jdbc.sql("SELECT teams FROM cases WHERE reference = :ref").param("ref", reference)
			.query(String.class).single();
		long group = Long.parseLong(this.routing.team(teamId).orElseThrow().telegramChat());
		Officer officer = officer("Officer Shah", teamId);
		link(officer);

		assertThat(press(officer.telegram(), group, "staff:claim:" + reference)).contains("You have claimed");
		Call details = awaitTelegram(officer.telegram(), call -> call.text().contains("pangolin"));
		TELEGRAM.deliver(replyTo(officer.telegram(), details, "We have read your message. Are you safe tonight?"));
		assertThat(awaitText(number, 5)).isEqualTo("SoSafe team (" + reference + "): We have read your message. Are you safe tonight?");
		textIn(number, "he was waiting outside my work again today and followed me to the bus, tapir");
		Call relayed = awaitTelegram(officer.telegram(), call -> call.text().contains("tapir"));
		assertThat(awaitText(number, 6)).as("a disclosure while the case is open goes to the team, with the 999 line")
			.contains("999").contains("0808 802 0300").contains("passed this to the SoSafe team (" + reference + ")");

		assertThat(details.text() + relayed.text()).doesNotContain(number).doesNotContain(number.substring(1));
		assertThat(TELEGRAM.delivered(group)).allSatisfy(call -> assertThat(call.text()).doesNotContain("pangolin")
			.doesNotContain("tapir").doesNotContain(number.substring(3)));
		assertThat(output.getAll()).doesNotContain(number.substring(3)).doesNotContain("pangolin").doesNotContain("tapir");
	}

	@Test
	void aLinkCodeWorksOnceAndOnlyInAPrivateChat() {
		Officer officer = officer("Officer Ali", "community-safety");
		String code = linkCode(officer);

		TELEGRAM.deliver(telegramText(officer.telegram(), MESSAGE_IDS.incrementAndGet(), "/link " + code));
		awaitTelegram(officer.telegram(), call -> call.text().startsWith("Linked"));
		long stranger = USERS.incrementAndGet();
		TELEGRAM.deliver(telegramText(stranger, MESSAGE_IDS.incrementAndGet(), "/link " + code));

		awaitTelegram(stranger, call -> call.text().contains("did not work"));
		TELEGRAM.deliver(telegramText(officer.telegram(), MESSAGE_IDS.incrementAndGet(), "/cases"));
		awaitTelegram(officer.telegram(), call -> call.text().contains("open cases") || call.text().contains("no open cases"));
		Response unlinked = asStaff(officer.username(), PASSWORD,
				HttpRequest.newBuilder(uri("/api/v1/staff/telegram-link")).DELETE());
		assertThat(unlinked.json().path("unlinked").asBoolean()).isTrue();
		assertThat(this.jdbc.sql("SELECT action FROM audit_entries WHERE actor = :user ORDER BY sequence")
			.param("user", officer.username()).query(String.class).list())
			.containsSubsequence("TELEGRAM_LINKED", "TELEGRAM_UNLINKED");
		TELEGRAM.deliver(telegramText(officer.telegram(), MESSAGE_IDS.incrementAndGet(), "/cases"));
		awaitTelegram(officer.telegram(), call -> call.text().contains("not linked"));
		assertThat(asStaff("admin", ADMIN_PASSWORD, HttpRequest.newBuilder(uri("/api/v1/staff/telegram-link"))
			.POST(HttpRequest.BodyPublishers.noBody())).status()).as("only officers link accounts").isEqualTo(403);
	}

	/** Discloses over Telegram, passes it on with contact in the chat, and returns the case reference. */
	private String disclose(long resident, String words) {
		TELEGRAM.deliver(telegramText(resident, MESSAGE_IDS.incrementAndGet(), words));
		Call offered = awaitTelegram(resident, call -> buttons(call).contains("case:offer"));
		assertThat(offered.text()).contains("999");
		TELEGRAM.deliver(telegramPress(resident, resident, "case:offer"));
		awaitTelegram(resident, call -> buttons(call).contains("case:contact:chat"));
		TELEGRAM.deliver(telegramPress(resident, resident, "case:contact:chat"));
		awaitTelegram(resident, call -> call.text().contains("area or ward"));
		TELEGRAM.deliver(telegramText(resident, MESSAGE_IDS.incrementAndGet(), "Bedwell"));
		Call done = awaitTelegram(resident, call -> REFERENCE.matcher(call.text()).find());
		Matcher reference = REFERENCE.matcher(done.text());
		assertThat(reference.find()).isTrue();
		return reference.group();
	}

	private record Officer(String username, long telegram) {
	}

	private Officer officer(String name, String team) {
		String username = "officer." + UUID.randomUUID().toString().substring(0, 8);
		this.staff.create(username, name, PASSWORD, Set.of(Role.OFFICER), Set.of(team), false);
		return new Officer(username, USERS.incrementAndGet());
	}

	private String linkCode(Officer officer) {
		Response issued = asStaff(officer.username(), PASSWORD,
				HttpRequest.newBuilder(uri("/api/v1/staff/telegram-link")).POST(HttpRequest.BodyPublishers.noBody()));
		assertThat(issued.status()).as(issued.body()).isEqualTo(201);
		assertThat(issued.json().path("instructions").asString()).contains("/link " + issued.json().path("code").asString());
		return issued.json().path("code").asString();
	}

	private void link(Officer officer) {
		TELEGRAM.deliver(telegramText(officer.telegram(), MESSAGE_IDS.incrementAndGet(), "/link " + linkCode(officer)));
		awaitTelegram(officer.telegram(), call -> call.text().startsWith("Linked"));
	}

	/** Presses a button and returns the notice Telegram was asked to show for it. */
	private static String press(long user, long chat, String data) {
		ObjectNode press = telegramPress(user, chat, data);
		String id = press.path("callback_query").path("id").asString();
		TELEGRAM.deliver(press);
		return TELEGRAM.awaitCalls(calls -> calls.stream().anyMatch(call -> call.method().equals("answercallbackquery")
				&& call.body().path("callback_query_id").asString().equals(id)), WAIT)
			.stream()
			.filter(call -> call.method().equals("answercallbackquery") && call.body().path("callback_query_id").asString().equals(id))
			.findFirst()
			.orElseThrow()
			.body().path("text").asString("");
	}

	/** The officer's reply, in their private chat, to a message the bot sent them. */
	private static ObjectNode replyTo(long officer, Call botMessage, String text) {
		ObjectNode update = telegramText(officer, MESSAGE_IDS.incrementAndGet(), text);
		ObjectNode quoted = ((ObjectNode) update.get("message")).putObject("reply_to_message");
		quoted.put("message_id", botMessage.body().path("message_id_sent").asInt());
		quoted.putObject("from").put("id", 8011223344L).put("is_bot", true).put("first_name", "SoSafe Assistant");
		quoted.putObject("chat").put("id", officer).put("type", "private").put("first_name", "Officer");
		quoted.put("date", 1764151201);
		quoted.put("text", botMessage.text());
		return update;
	}

	/** Waits for the resident's {@code count}th text and returns it. */
	private static String awaitText(String number, int count) {
		TWILIO.await(sent -> TWILIO.deliveredTo(number).size() >= count, WAIT);
		return TWILIO.deliveredTo(number).get(count - 1).body();
	}

	private String status(String reference) {
		return this.jdbc.sql("SELECT status FROM cases WHERE reference = :ref").param("ref", reference)
			.query(String.class).single();
	}

}
