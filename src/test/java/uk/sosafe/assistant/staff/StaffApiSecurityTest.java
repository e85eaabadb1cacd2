package uk.sosafe.assistant.staff;

import java.net.http.HttpRequest;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import uk.sosafe.assistant.ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The staff API refuses anonymous and wrong-role callers, locks out guessing, and hashes passwords. */
class StaffApiSecurityTest extends ApplicationTest {

	private static final String PASSWORD = "a long enough password";

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/staff/me", "/api/v1/staff/accounts", "/api/v1/staff/unanswered" })
	void anonymousCallersGet401WithJsonAndNoBrowserPrompt(String path) {
		Response response = get(path);

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.json().get("error").asString()).isEqualTo("unauthorised");
		assertThat(response.header("WWW-Authenticate")).isNull();
	}

	@Test
	void theFirstAdministratorComesFromTheEnvironmentAndCanListAccounts() {
		Response me = asAdmin(HttpRequest.newBuilder(uri("/api/v1/staff/me")).GET());
		Response accounts = asAdmin(HttpRequest.newBuilder(uri("/api/v1/staff/accounts")).GET());

		assertThat(me.status()).isEqualTo(200);
		assertThat(me.json().get("roles").get(0).asString()).isEqualTo("ADMIN");
		assertThat(accounts.status()).isEqualTo(200);
		assertThat(accounts.body()).contains("\"username\":\"admin\"").doesNotContain("password");
	}

	@Test
	void aNewAccountMustChangeItsPasswordBeforeDoingAnythingElse() {
		String officer = createAccount("OFFICER");

		Response blocked = asStaff(officer, PASSWORD, HttpRequest.newBuilder(uri("/api/v1/staff/unanswered")).GET());
		assertThat(blocked.status()).isEqualTo(403);

		changePassword(officer);
		Response me = asStaff(officer, PASSWORD + "!", HttpRequest.newBuilder(uri("/api/v1/staff/me")).GET());
		assertThat(me.json().get("mustChangePassword").asBoolean()).isFalse();
	}

	@Test
	void rolesDecideWhatEachMemberOfStaffMaySee() {
		String officer = createAccount("OFFICER");
		String comms = createAccount("COMMS");
		changePassword(officer);
		changePassword(comms);

		assertThat(asStaff(officer, PASSWORD + "!", HttpRequest.newBuilder(uri("/api/v1/staff/accounts")).GET()).status())
			.isEqualTo(403);
		assertThat(asStaff(officer, PASSWORD + "!", HttpRequest.newBuilder(uri("/api/v1/staff/unanswered")).GET()).status())
			.isEqualTo(403);
		assertThat(asStaff(comms, PASSWORD + "!", HttpRequest.newBuilder(uri("/api/v1/staff/unanswered")).GET()).status())
			.isEqualTo(200);
		assertThat(asStaff(comms, PASSWORD + "!", HttpRequest.newBuilder(uri("/api/v1/staff/accounts")).GET()).status())
			.isEqualTo(403);
	}

	@Test
	void repeatedWrongPasswordsLockTheAccountEvenAgainstTheRightOne() {
		String officer = createAccount("OFFICER");
		for (int attempt = 0; attempt < StaffAccount.MAX_FAILED_SIGN_INS; attempt++) {
			assertThat(asStaff(officer, "wrong-" + attempt, HttpRequest.newBuilder(uri("/api/v1/staff/me")).GET()).status())
				.isEqualTo(401);
		}

		Response rightPassword = asStaff(officer, PASSWORD, HttpRequest.newBuilder(uri("/api/v1/staff/me")).GET());

		assertThat(rightPassword.status()).isEqualTo(401);
	}

	@Test
	void passwordsAreStoredAsArgon2Hashes() {
		String officer = createAccount("OFFICER");

		String stored = this.jdbc.sql("SELECT password_hash FROM staff_accounts WHERE username = :u").param("u", officer)
			.query(String.class).single();

		assertThat(stored).startsWith("{argon2}").doesNotContain(PASSWORD);
	}

	@Test
	void badAccountRequestsGetAClearReason() {
		Response shortPassword = asAdmin(json("/api/v1/staff/accounts",
				"{\"username\":\"shorty\",\"password\":\"short\",\"roles\":[\"OFFICER\"]}"));
		Response unknownRole = asAdmin(json("/api/v1/staff/accounts",
				"{\"username\":\"someone\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"KING\"]}"));

		assertThat(shortPassword.status()).isEqualTo(400);
		assertThat(shortPassword.json().get("message").asString()).contains("12");
		assertThat(unknownRole.status()).isEqualTo(400);
	}

	private String createAccount(String role) {
		String username = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		Response created = asAdmin(json("/api/v1/staff/accounts", "{\"username\":\"" + username + "\",\"password\":\""
				+ PASSWORD + "\",\"roles\":[\"" + role + "\"],\"teams\":[\"community-safety\"]}"));
		assertThat(created.status()).isEqualTo(201);
		return username;
	}

	private void changePassword(String username) {
		Response changed = asStaff(username, PASSWORD, json("/api/v1/staff/me/password",
				"{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"" + PASSWORD + "!\"}"));
		assertThat(changed.status()).isEqualTo(204);
	}

	private Response asAdmin(HttpRequest.Builder request) {
		return asStaff("admin", ADMIN_PASSWORD, request);
	}

	private HttpRequest.Builder json(String path, String body) {
		return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}
}
