package uk.sosafe.assistant.console;

import java.util.Set;

import org.junit.jupiter.api.Test;

import uk.sosafe.assistant.staff.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** An administrator takes a backup of the running service over the API; it is listed, checked and audited. */
class BackupsApiTest extends ConsoleTest {

	@Test
	void anAdministratorTakesABackupOfTheRunningService() {
		String admin = account("ops", Set.of(Role.ADMIN), Set.of());
		String comms = account("comms", Set.of(Role.COMMS), Set.of());

		Response taken = asStaff(admin, PASSWORD, "POST", "/api/v1/staff/backups", null);
		Response listed = asStaff(admin, PASSWORD, "GET", "/api/v1/staff/backups", null);
		Response refused = asStaff(comms, PASSWORD, "POST", "/api/v1/staff/backups", null);

		assertThat(taken.status()).as(taken.body()).isEqualTo(201);
		String file = taken.json().path("file").asString();
		assertThat(file).matches("sosafe-\\d{8}-\\d{6}(-\\d+)?\\.db");
		assertThat(taken.json().path("bytes").asLong()).isPositive();
		assertThat(listed.json().valueStream().map(backup -> backup.path("file").asString())).contains(file);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(this.jdbc.sql("SELECT detail FROM audit_entries WHERE actor = :actor AND action = 'DATABASE_BACKED_UP'")
			.param("actor", admin).query(String.class).list()).containsExactly(file);
	}
}
