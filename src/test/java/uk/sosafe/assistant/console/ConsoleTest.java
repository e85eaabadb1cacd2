package uk.sosafe.assistant.console;

import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;

import uk.sosafe.assistant.ApplicationTest;
import uk.sosafe.assistant.staff.Role;
import uk.sosafe.assistant.staff.StaffDirectory;

/**
 * Base of the console tests: fresh staff accounts each time (so no test shares sign-in state with
 * another), and cases opened the way a resident opens one. Cuckooing goes to community safety in office
 * hours and to the duty manager outside them, so "our" officers belong to both teams.
 */
abstract class ConsoleTest extends ApplicationTest {

	static final String PASSWORD = "a long enough password for console tests";

	static final Set<String> CUCKOOING_TEAMS = Set.of("community-safety", "duty-manager");

	@Autowired
	protected StaffDirectory staff;

	protected String account(String prefix, Set<Role> roles, Set<String> teams) {
		String username = prefix + "." + UUID.randomUUID().toString().substring(0, 8);
		this.staff.create(username, Character.toUpperCase(prefix.charAt(0)) + prefix.substring(1) + " Tester", PASSWORD,
				roles, teams, false);
		return username;
	}

	/** A resident passes a cuckooing disclosure on in the web chat and asks for replies there; returns the reference. */
	protected String cuckooingCase(String marker) {
		String session = openSession();
		say(session, "there are people using my neighbours flat to sell drugs and hes too scared to say no, " + marker);
		choose(session, "case:offer");
		choose(session, "case:contact:chat");
		return say(session, "Bedwell").json().path("caseRef").asString();
	}

	/** A hate crime disclosure, routed to the hate crime officer (or the duty manager out of hours). */
	protected String hateCrimeCase(String marker) {
		String session = openSession();
		say(session, "people keep shouting racist abuse at me in the street because of my religion, " + marker);
		choose(session, "case:offer");
		choose(session, "case:contact:none");
		return say(session, "Shephall").json().path("caseRef").asString();
	}

	protected ConsoleClient signedIn(String username) {
		return new ConsoleClient(this.port).signIn(username, PASSWORD);
	}
}
