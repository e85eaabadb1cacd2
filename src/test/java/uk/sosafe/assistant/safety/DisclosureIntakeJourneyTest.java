package uk.sosafe.assistant.safety;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import uk.sosafe.assistant.ApplicationTest;
import uk.sosafe.assistant.privacy.PersonalData;

import static org.assertj.core.api.Assertions.assertThat;

/** A resident discloses in the web chat and chooses whether to pass it on; the team is alerted only with a yes. */
class DisclosureIntakeJourneyTest extends ApplicationTest {

	private static final String DISCLOSURE = "my partner hits me when he drinks and i'm scared to go home, quokka";

	@Autowired
	PersonalData personalData;

	@Autowired
	RoutingRules routing;

	@Test
	void aResidentWhoConsentsGetsAReferenceAndTheTeamIsAlertedWithoutTheirWords() {
		String session = openSession();
		JsonNode disclosed = say(session, DISCLOSURE).json();
		assertThat(disclosed.path("handledAs").asString()).isEqualTo("disclosure");
		assertThat(disclosed.path("disclosure").path("category").asString()).isEqualTo("domestic-abuse");
		long alertsBefore = safetyRows();

		JsonNode contact = choose(session, "case:offer").json();
		assertThat(contact.path("replies").get(0).path("text").asString()).contains("can't promise it stays secret");
		JsonNode area = choose(session, "case:contact:chat").json();
		JsonNode done = say(session, "skip").json();

		String reference = done.path("caseRef").asString();
		assertThat(reference).matches("SS-[2-9A-Z]{4}");
		assertThat(done.path("replies").get(0).path("text").asString()).contains(reference).contains("999");
		assertThat(area.path("caseRef").isNull()).isTrue();
		RoutingRules.Team team = this.routing.firstTeam("domestic-abuse", java.time.Instant.now());
		assertThat(team.id()).as("the domestic abuse team, or out of hours its cover").isIn("domestic-abuse", "duty-manager");
		assertThat(this.jdbc.sql("SELECT status || ' ' || teams || ' ' || contact FROM cases WHERE reference = :ref")
			.param("ref", reference).query(String.class).single()).isEqualTo("NEW " + team.id() + " CHAT");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM cases WHERE CAST(disclosure_enc AS TEXT) LIKE '%quokka%'")
			.query(Long.class).single()).isZero();
		byte[] sealed = this.jdbc.sql("SELECT disclosure_enc FROM cases WHERE reference = :ref").param("ref", reference)
			.query(byte[].class).single();
		assertThat(this.personalData.decrypt(sealed)).isEqualTo(DISCLOSURE);

		List<String> alerts = alertsSince(alertsBefore);
		assertThat(alerts).hasSize(2).allSatisfy(alert -> assertThat(alert).contains(reference).doesNotContain("quokka")
			.doesNotContain("drinks"));
		assertThat(alerts).anySatisfy(alert -> assertThat(alert).contains("domestic abuse")
			.contains("claim it within " + team.acknowledgeWithin().toMinutes() + " minutes"));
		assertThat(this.jdbc.sql("""
				SELECT COUNT(*) FROM protected_residents WHERE resident_id = (SELECT resident_id FROM cases WHERE reference = :ref)""")
			.param("ref", reference).query(Long.class).single()).as("marked protected after a domestic abuse disclosure").isOne();
		assertThat(this.jdbc.sql("""
				SELECT COUNT(*) FROM case_drafts WHERE resident_id = (SELECT resident_id FROM cases WHERE reference = :ref)""")
			.param("ref", reference).query(Long.class).single())
			.as("the draft is gone once the case is open").isZero();
	}

	@Test
	void aYoungPersonIsGivenChildlineAndIsNeverPromisedSecrecy() {
		String session = openSession();
		JsonNode disclosed = say(session, "im 15 and my boyfriend checks my phone and hit me when i said no").json();
		String replies = String.join("\n", disclosed.path("replies").findValuesAsString("text"));
		JsonNode consent = choose(session, "case:offer").json();

		assertThat(disclosed.path("handledAs").asString()).isIn("disclosure", "emergency");
		assertThat(replies).contains("Childline").contains("0800 1111").contains("999");
		assertThat(consent.path("replies").get(0).path("text").asString()).contains("can't promise it stays secret");
		assertThat(replies + consent).doesNotContainIgnoringCase("keep it secret").doesNotContainIgnoringCase("won't tell")
			.doesNotContainIgnoringCase("confidential");
		JsonNode adult = say(openSession(), "im 45 and my boyfriend checks my phone and hit me when i said no").json();
		assertThat(adult.path("replies").findValuesAsString("text")).noneSatisfy(text -> assertThat(text).contains("Childline"));
	}

	@Test
	void aResidentWhoDoesNotConsentPassesNothingOn() {
		String session = openSession();
		say(session, "my dad keeps threatening me and my mum at home");
		long casesBefore = this.jdbc.sql("SELECT COUNT(*) FROM cases").query(Long.class).single();
		long alertsBefore = safetyRows();

		JsonNode menu = choose(session, "menu").json();

		assertThat(menu.path("caseRef").isNull()).isTrue();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM cases").query(Long.class).single()).isEqualTo(casesBefore);
		assertThat(safetyRows()).isEqualTo(alertsBefore);
	}

	@Test
	void pauseLeavesTheIntakeAndNothingIsPassedOn() {
		String session = openSession();
		say(session, "someone has moved into my flat and is dealing drugs from it and i cant get them out");
		long casesBefore = this.jdbc.sql("SELECT COUNT(*) FROM cases").query(Long.class).single();

		choose(session, "case:offer");
		JsonNode paused = say(session, "pause").json();

		assertThat(paused.path("caseRef").isNull()).isTrue();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM cases").query(Long.class).single()).isEqualTo(casesBefore);
	}

	private long safetyRows() {
		return this.jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM outbox WHERE lane = 0").query(Long.class).single();
	}

	private List<String> alertsSince(long id) {
		return this.jdbc.sql("SELECT body_enc FROM outbox WHERE lane = 0 AND id > :id ORDER BY id").param("id", id)
			.query(byte[].class).list().stream().map(this.personalData::decrypt).toList();
	}
}
