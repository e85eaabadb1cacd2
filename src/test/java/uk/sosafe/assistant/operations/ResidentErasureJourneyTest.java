package uk.sosafe.assistant.operations;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSetMetaData;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.RowCallbackHandler;

import uk.sosafe.assistant.channel.ChannelApplicationTest;
import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.Lane;
import uk.sosafe.assistant.conversation.spi.Outbox;
import uk.sosafe.assistant.conversation.spi.Reply;
import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.conversation.spi.Residents;
import uk.sosafe.assistant.privacy.PersonalData;
import uk.sosafe.assistant.staff.Role;
import uk.sosafe.assistant.staff.StaffDirectory;
import uk.sosafe.assistant.system.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resident asks for their data and then to be forgotten. The export holds everything (decrypted); after
 * the erasure no table holds their address, chat id, resident id or words (sealed columns decrypted to
 * look), the unanswered questions they left are gone, a later look-up or export finds nothing, and their
 * STOP still keeps texts from their number.
 */
class ResidentErasureJourneyTest extends ChannelApplicationTest {

	private static final Duration WAIT = Duration.ofSeconds(20);

	private static final String PASSWORD = "a long enough password for erasure tests";

	private static final AtomicInteger MESSAGE_IDS = new AtomicInteger(4_000);

	@Autowired
	StaffDirectory staff;

	@Autowired
	Residents residents;

	@Autowired
	Outbox outbox;

	@Autowired
	PersonalData personalData;

	private String admin;

	@BeforeEach
	void administrator() {
		this.admin = "dpo." + UUID.randomUUID().toString().substring(0, 8);
		this.staff.create(this.admin, "Data Protection", PASSWORD, Set.of(Role.ADMIN), Set.of(), false);
	}

	@Test
	void anErasedTextingResidentLeavesNothingAndTheirStopStillHolds() {
		String local = "07700 900" + ThreadLocalRandom.current().nextInt(100, 999);
		String number = "+44" + local.substring(1).replace(" ", "");
		String marker = "quibblewick" + letters();
		textAndAwait(number, "how do I report a scam?", 1);
		textAndAwait(number, "zorbling quibbits flanderwick " + marker + "?", 2);
		textAndAwait(number, "subscribe scams", 3);
		textAndAwait(number, "skip", 4);
		textAndAwait(number, "1", 5);
		ResidentId resident = this.residents.find(Channel.SMS, number).orElseThrow();
		namedSurveyAnswer(resident, "my answer " + marker);
		textAndAwait(number, "STOP", 6);
		awaitNothingWaitingFor(resident);
		assertThat(gaps()).as("the unanswered question was recorded").contains(marker);

		Response found = call("POST", "/api/v1/staff/residents/lookup",
				JSON.createObjectNode().put("channel", "sms").put("address", local).toString());
		assertThat(found.status()).as(found.body()).isEqualTo(200);
		assertThat(found.json().path("reference").asString()).isEqualTo(resident.value());

		Response export = call("GET", "/api/v1/staff/residents/" + resident.value() + "/export", null);
		assertThat(export.status()).isEqualTo(200);
		assertThat(export.json().path("parts").path("conversation").path("resident").path("address").asString()).isEqualTo(number);
		assertThat(export.json().path("parts").path("conversation").path("resident").path("optedOut").asBoolean()).isTrue();
		assertThat(export.json().path("parts").path("conversation").path("transcript").toString()).contains(marker, "STOP");
		assertThat(export.json().path("parts").path("campaigns").path("subscriptions").toString()).contains("scams");
		assertThat(export.json().path("parts").path("campaigns").path("consentLedger").toString()).contains("CONFIRMED", "OPTED_OUT");
		assertThat(export.json().path("parts").path("surveys").path("namedResponses").toString()).contains("my answer " + marker);

		Response erased = call("DELETE", "/api/v1/staff/residents/" + resident.value(), null);
		assertThat(erased.status()).as(erased.body()).isEqualTo(200);
		assertThat(erased.json().path("kept").toString()).contains("opt-out");

		assertThat(holding(List.of(number, number.substring(3), resident.value(), marker))).isEmpty();
		assertThat(gaps()).doesNotContain(marker);
		assertThat(call("GET", "/api/v1/staff/residents/" + resident.value() + "/export", null).status()).isEqualTo(404);
		assertThat(call("POST", "/api/v1/staff/residents/lookup",
				JSON.createObjectNode().put("channel", "SMS").put("address", number).toString()).status()).isEqualTo(404);
		assertThat(auditedActions()).contains("RESIDENT_LOOKED_UP", "RESIDENT_EXPORTED", "RESIDENT_ERASED");

		ResidentId returning = this.residents.resolve(Channel.SMS, number);
		this.outbox.enqueue(returning, List.of(Reply.text("After the erasure " + marker)), Lane.REPLY);
		await(() -> "FAILED".equals(outboxStatus(returning)), WAIT, "the message to an opted-out number to fail");
		assertThat(TWILIO.deliveredTo(number)).noneMatch(sent -> sent.body().contains("After the erasure"));
	}

	@Test
	void anErasedTelegramResidentLeavesNoChatIdOrWords() {
		long chat = 6_400_000_000L + ThreadLocalRandom.current().nextInt(1_000_000);
		String marker = "flibbertane" + letters();
		TELEGRAM.deliver(telegramText(chat, MESSAGE_IDS.incrementAndGet(), "what is cuckooing " + marker + "?"));
		awaitTelegram(chat, call -> call.text().length() > 0);
		ResidentId resident = this.residents.find(Channel.TELEGRAM, String.valueOf(chat)).orElseThrow();
		awaitNothingWaitingFor(resident);

		assertThat(call("DELETE", "/api/v1/staff/residents/" + resident.value(), null).status()).isEqualTo(200);

		assertThat(holding(List.of(String.valueOf(chat), resident.value(), marker))).isEmpty();
		assertThat(call("DELETE", "/api/v1/staff/residents/" + resident.value(), null).status()).isEqualTo(404);
	}

	@Test
	void aSafeguardingCaseOutlivesTheErasureAndNothingElseDoes() {
		String marker = "wobblethorp" + letters();
		String session = openSession();
		say(session, "there are people using my neighbours flat to sell drugs and hes too scared to say no, " + marker);
		choose(session, "case:offer");
		choose(session, "case:contact:chat");
		String reference = say(session, "Bedwell").json().path("caseRef").asString();
		ResidentId resident = this.residents.find(Channel.WEB, session).orElseThrow();

		Response export = call("GET", "/api/v1/staff/residents/" + resident.value() + "/export", null);
		Response erased = call("DELETE", "/api/v1/staff/residents/" + resident.value(), null);

		assertThat(export.json().path("parts").path("safeguarding").path("cases").toString()).contains(reference, marker);
		assertThat(erased.json().path("kept").toString()).contains("1 safeguarding case");
		assertThat(holding(List.of(session, resident.value(), marker)))
			.containsExactlyInAnyOrder("cases.resident_id holds " + resident.value(), "cases.disclosure_enc holds " + marker);
	}

	@Test
	void onlyAdministratorsMayLookUpAndAnAddressIsNeverAskedForInTheUrl() {
		String comms = "comms." + UUID.randomUUID().toString().substring(0, 8);
		this.staff.create(comms, "Comms", PASSWORD, Set.of(Role.COMMS), Set.of(), false);

		Response refused = asStaff(comms, PASSWORD, "POST", "/api/v1/staff/residents/lookup", "{\"channel\":\"SMS\",\"address\":\"07700900123\"}");
		Response invalid = call("POST", "/api/v1/staff/residents/lookup", "{\"channel\":\"fax\",\"address\":\"x\"}");

		assertThat(refused.status()).isEqualTo(403);
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.json().path("message").asString()).contains("channel");
	}

	/** Random letters: a marker the scrubber keeps (it drops digits). */
	private static String letters() {
		StringBuilder letters = new StringBuilder();
		ThreadLocalRandom.current().ints(8, 'a', 'z' + 1).forEach(letter -> letters.append((char) letter));
		return letters.toString();
	}

	private void textAndAwait(String number, String text, int replies) {
		textIn(number, text);
		TWILIO.await(sent -> TWILIO.deliveredTo(number).size() >= replies, WAIT);
	}

	/** What a named survey leaves: a response with the resident's id and an answer. */
	private void namedSurveyAnswer(ResidentId resident, String answer) {
		this.jdbc.sql("INSERT INTO surveys (id, salt, created_at) VALUES ('erasure-named', 'salt', 0) ON CONFLICT (id) DO NOTHING").update();
		String response = UUID.randomUUID().toString();
		this.jdbc.sql("""
				INSERT INTO survey_responses (id, survey_id, resident_id, started_on, completed_on)
				VALUES (:id, 'erasure-named', :resident, '2026-11-20', '2026-11-20')""")
			.param("id", response).param("resident", resident.value()).update();
		this.jdbc.sql("INSERT INTO survey_answers (response_id, question_id, position, value) VALUES (:id, 'q1', 0, :value)")
			.param("id", response).param("value", answer).update();
	}

	private void awaitNothingWaitingFor(ResidentId resident) {
		await(() -> this.jdbc.sql("""
				SELECT COUNT(*) FROM outbox WHERE resident_id = :id AND status IN ('QUEUED', 'SENDING')""")
			.param("id", resident.value()).query(Long.class).single() == 0
				&& this.jdbc.sql("SELECT COUNT(*) FROM inbox WHERE resident_id = :id AND status <> 'DONE'")
					.param("id", resident.value()).query(Long.class).single() == 0,
				WAIT, "the resident's messages to be handled and sent");
	}

	/** Every table and column, text or sealed (decrypted here), whose values contain one of these. */
	private List<String> holding(List<String> needles) {
		List<String> found = new ArrayList<>();
		List<String> tables = TestDatabases.tables(this.jdbc);
		for (String table : tables) {
			this.jdbc.sql("SELECT * FROM " + table).query((RowCallbackHandler) rs -> {
				ResultSetMetaData columns = rs.getMetaData();
				for (int i = 1; i <= columns.getColumnCount(); i++) {
					Object value = rs.getObject(i);
					String text = value instanceof byte[] bytes ? readable(bytes) : value instanceof String string ? string : null;
					for (String needle : needles) {
						if (text != null && text.contains(needle)) {
							found.add(table + "." + columns.getColumnName(i) + " holds " + needle);
						}
					}
				}
			});
		}
		return found;
	}

	private String readable(byte[] bytes) {
		try {
			return this.personalData.decrypt(bytes);
		}
		catch (IllegalStateException notSealed) {
			return new String(bytes, StandardCharsets.ISO_8859_1);
		}
	}

	private String gaps() {
		return call("GET", "/api/v1/staff/unanswered?limit=1000", null).body();
	}

	private List<String> auditedActions() {
		return this.jdbc.sql("SELECT action FROM audit_entries WHERE actor = :actor").param("actor", this.admin)
			.query(String.class).list();
	}

	private String outboxStatus(ResidentId resident) {
		return this.jdbc.sql("SELECT status FROM outbox WHERE resident_id = :id ORDER BY id DESC LIMIT 1")
			.param("id", resident.value()).query(String.class).optional().orElse(null);
	}

	private Response call(String method, String path, String json) {
		return asStaff(this.admin, PASSWORD, method, path, json);
	}
}
