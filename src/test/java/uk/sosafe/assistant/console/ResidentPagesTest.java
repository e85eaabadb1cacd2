package uk.sosafe.assistant.console;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.conversation.spi.Residents;
import uk.sosafe.assistant.staff.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator answers a request in the console: finds the resident by a posted address, downloads
 * their data as JSON, is stopped from erasing until they confirm, then erases it; each step is audited.
 */
class ResidentPagesTest extends ConsoleTest {

	@Autowired
	Residents residents;

	@Test
	void anAdministratorFindsDownloadsAndErasesAResident() {
		String session = openSession();
		say(session, "how do I report a scam?");
		ResidentId resident = this.residents.find(Channel.WEB, session).orElseThrow();
		String admin = account("dpo", Set.of(Role.ADMIN), Set.of());
		ConsoleClient console = signedIn(admin);

		console.get("/console/residents");
		ConsoleClient.Page unknown = console.post("/console/residents", Map.of("channel", "WEB", "address", "no-such-session"));
		ConsoleClient.Page found = console.post("/console/residents", Map.of("channel", "WEB", "address", session));
		ConsoleClient.Page summary = console.get("/console/residents/" + resident.value());
		ConsoleClient.Page download = console.get("/console/residents/" + resident.value() + "/export.json");
		ConsoleClient.Page unconfirmed = console.post("/console/residents/" + resident.value() + "/erase", Map.of());
		ConsoleClient.Page erased = console.post("/console/residents/" + resident.value() + "/erase", Map.of("confirm", "yes"));
		ConsoleClient.Page after = console.get("/console/residents");

		assertThat(unknown.body()).contains("No resident is known at this address");
		assertThat(found.location()).hasValueSatisfying(where -> assertThat(where).endsWith("/console/residents/" + resident.value()));
		assertThat(summary.body()).contains("conversation / transcript").doesNotContain(session);
		assertThat(download.header("Content-Disposition")).startsWith("attachment");
		assertThat(download.body()).contains(session, "how do I report a scam?");
		assertThat(unconfirmed.body()).contains("Confirm that this is the person");
		assertThat(this.residents.channelOf(resident)).as("erased").isEmpty();
		assertThat(erased.location()).hasValueSatisfying(where -> assertThat(where).endsWith("/console/residents"));
		assertThat(after.body()).contains("The resident’s data was erased.");
		assertThat(console.get("/console/residents/" + resident.value()).status()).isEqualTo(404);
		assertThat(this.jdbc.sql("SELECT action FROM audit_entries WHERE actor = :actor").param("actor", admin)
			.query(String.class).list()).contains("RESIDENT_LOOKED_UP", "RESIDENT_EXPORTED", "RESIDENT_ERASED");
	}
}
