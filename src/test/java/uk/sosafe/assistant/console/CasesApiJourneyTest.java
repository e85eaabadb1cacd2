package uk.sosafe.assistant.console;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import uk.sosafe.assistant.ApplicationTest;
import uk.sosafe.assistant.privacy.PersonalData;
import uk.sosafe.assistant.staff.Role;
import uk.sosafe.assistant.staff.StaffDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resident passes a disclosure on in the web chat; an officer of the routed team lists, views, claims,
 * replies and closes it over the staff API, and the resident gets the reply; an officer of another team
 * can neither see nor claim it; every view and action is in the audit trail.
 */
class CasesApiJourneyTest extends ApplicationTest {

	private static final String PASSWORD = "a long enough password for tests";

	@Autowired
	StaffDirectory staff;

	@Autowired
	PersonalData personalData;

	private String officer;

	private String outsider;

	@BeforeEach
	void officers() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		this.officer = "officer." + suffix;
		this.outsider = "outsider." + suffix;
		this.staff.create(this.officer, "Officer Khan", PASSWORD, Set.of(Role.OFFICER),
				Set.of("community-safety", "duty-manager"), false);
		this.staff.create(this.outsider, "Officer Jones", PASSWORD, Set.of(Role.OFFICER), Set.of("hate-crime"), false);
	}

	@Test
	void theRoutedTeamsOfficerClaimsRepliesAndClosesWhileAnotherTeamCannotTouchIt() {
		String session = openSession();
		say(session, "there are people using my neighbours flat to sell drugs and hes too scared to say no, wombat");
		choose(session, "case:offer");
		choose(session, "case:contact:chat");
		String reference = say(session, "Bedwell").json().path("caseRef").asString();

		JsonNode listed = call(this.officer, "GET", "/api/v1/staff/cases", null).json();
		assertThat(listed.findValuesAsString("reference")).contains(reference);
		assertThat(listed.toString()).doesNotContain("wombat");
		assertThat(call(this.outsider, "GET", "/api/v1/staff/cases", null).json().findValuesAsString("reference"))
			.doesNotContain(reference);
		assertThat(call(this.outsider, "GET", "/api/v1/staff/cases/" + reference, null).status()).isEqualTo(403);
		assertThat(call(this.outsider, "POST", "/api/v1/staff/cases/" + reference + "/claim", null).status()).isEqualTo(403);
		Response early = call(this.officer, "POST", "/api/v1/staff/cases/" + reference + "/close", "{\"outcome\":\"done\"}");
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.json().path("message").asString()).contains("before it is claimed");

		JsonNode viewed = call(this.officer, "GET", "/api/v1/staff/cases/" + reference, null).json();
		assertThat(viewed.path("disclosure").asString()).contains("wombat");
		assertThat(viewed.path("area").asString()).isEqualTo("Bedwell");
		assertThat(call(this.officer, "POST", "/api/v1/staff/cases/" + reference + "/claim", null).json().path("status")
			.asString()).isEqualTo("CLAIMED");
		long before = this.jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM outbox").query(Long.class).single();
		JsonNode replied = call(this.officer, "POST", "/api/v1/staff/cases/" + reference + "/reply",
				"{\"text\":\"Thank you. We can visit this week: is Tuesday safe?\"}").json();
		assertThat(replied.path("status").asString()).isEqualTo("IN_CONTACT");
		List<String> toResident = this.jdbc.sql("SELECT body_enc FROM outbox WHERE id > :id").param("id", before)
			.query(byte[].class).list().stream().map(this.personalData::decrypt).toList();
		assertThat(toResident).singleElement().asString().contains(reference).contains("is Tuesday safe?")
			.doesNotContain("Khan");
		JsonNode waiting = awaitWebReplies(session);
		assertThat(waiting.path("replies").findValuesAsString("text")).singleElement().asString()
			.contains("is Tuesday safe?");
		assertThat(get("/api/v1/chat/sessions/" + session + "/messages").json().path("replies").isEmpty())
			.as("each waiting message is given once").isTrue();
		long beforeAnswer = this.jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM outbox").query(Long.class).single();
		JsonNode relayed = say(session, "Tuesday after 2pm is fine, numbat").json();
		assertThat(relayed.path("caseRef").asString()).isEqualTo(reference);
		assertThat(relayed.path("replies").get(0).path("text").asString()).contains("passed this to the SoSafe team");
		assertThat(call(this.officer, "GET", "/api/v1/staff/cases/" + reference, null).json().path("followUps")
			.findValuesAsString("text")).containsExactly("Tuesday after 2pm is fine, numbat");
		assertThat(this.jdbc.sql("SELECT body_enc FROM outbox WHERE id > :id").param("id", beforeAnswer)
			.query(byte[].class).list().stream().map(this.personalData::decrypt).toList())
			.isNotEmpty().allSatisfy(alert -> assertThat(alert).contains(reference).doesNotContain("numbat"));
		JsonNode closed = call(this.officer, "POST", "/api/v1/staff/cases/" + reference + "/close",
				"{\"outcome\":\"Visited with the landlord; support arranged\"}").json();

		assertThat(closed.path("status").asString()).isEqualTo("CLOSED");
		assertThat(this.jdbc.sql("SELECT body_enc FROM outbox WHERE id > :id ORDER BY id").param("id", before)
			.query(byte[].class).list().stream().map(this.personalData::decrypt).toList())
			.last().asString().contains("closed this case").contains("999");
		assertThat(closed.path("events").findValuesAsString("action")).containsExactly("VIEW", "CLAIM", "REPLY", "VIEW", "CLOSE");
		JsonNode afterClose = say(session, "thanks for your help").json();
		assertThat(afterClose.path("replies").get(0).path("text").asString()).doesNotContain("passed this to the SoSafe team");
		assertThat(closed.path("events").findValuesAsString("actor")).containsOnly(this.officer);
	}

	@Test
	void staffWithoutTheOfficerRoleCannotReachCases() {
		String comms = "comms." + UUID.randomUUID().toString().substring(0, 8);
		this.staff.create(comms, "Comms", PASSWORD, Set.of(Role.COMMS), Set.of("community-safety"), false);

		assertThat(call(comms, "GET", "/api/v1/staff/cases", null).status()).isEqualTo(403);
		assertThat(call(this.officer, "GET", "/api/v1/staff/cases/SS-NONE", null).status()).isEqualTo(404);
		assertThat(call(this.officer, "POST", "/api/v1/staff/cases/SS-NONE/close", "{}").status()).isEqualTo(400);
	}

	/** What the chat page would fetch: waits for the outbox to hand the web chat what is waiting. */
	private JsonNode awaitWebReplies(String session) {
		long end = System.nanoTime() + java.time.Duration.ofSeconds(15).toNanos();
		while (System.nanoTime() < end) {
			Response waiting = get("/api/v1/chat/sessions/" + session + "/messages");
			assertThat(waiting.status()).isEqualTo(200);
			if (!waiting.json().path("replies").isEmpty()) {
				return waiting.json();
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new AssertionError("Nothing reached the web chat");
	}

	private Response call(String username, String method, String path, String json) {
		return asStaff(username, PASSWORD, method, path, json);
	}
}
