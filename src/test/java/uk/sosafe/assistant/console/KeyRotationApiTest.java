package uk.sosafe.assistant.console;

import java.util.Set;

import org.junit.jupiter.api.Test;

import uk.sosafe.assistant.staff.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** Asking for a key rotation with no previous key set says so, changes nothing, and is audited. */
class KeyRotationApiTest extends ConsoleTest {

	@Test
	void withoutAPreviousKeyThereIsNothingToRotate() {
		String admin = account("keys", Set.of(Role.ADMIN), Set.of());

		Response report = asStaff(admin, PASSWORD, "POST", "/api/v1/staff/key-rotation", null);

		assertThat(report.status()).isEqualTo(200);
		assertThat(report.json().path("rotating").asBoolean()).isFalse();
		assertThat(report.json().path("done").asBoolean()).isFalse();
		assertThat(this.jdbc.sql("SELECT detail FROM audit_entries WHERE actor = :actor AND action = 'DATA_KEY_ROTATION_RUN'")
			.param("actor", admin).query(String.class).list()).containsExactly("no previous key set");
	}
}
