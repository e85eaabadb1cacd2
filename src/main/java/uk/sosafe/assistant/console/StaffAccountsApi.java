package uk.sosafe.assistant.console;

import java.security.Principal;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import uk.sosafe.assistant.staff.Role;
import uk.sosafe.assistant.staff.StaffAccount;
import uk.sosafe.assistant.staff.StaffDirectory;

/** Staff accounts over JSON: anyone signed in sees and changes their own; admins list and create accounts. */
@RestController
@RequestMapping(path = "/api/v1/staff", produces = MediaType.APPLICATION_JSON_VALUE)
class StaffAccountsApi {

	private final StaffDirectory directory;

	StaffAccountsApi(StaffDirectory directory) {
		this.directory = directory;
	}

	@GetMapping("/me")
	AccountView me(Principal principal) {
		return AccountView.of(this.directory.find(principal.getName()).orElseThrow());
	}

	@PostMapping(path = "/me/password", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void changePassword(Principal principal, @RequestBody PasswordChange change) {
		this.directory.changePassword(principal.getName(), change.currentPassword(), change.newPassword());
	}

	@GetMapping("/accounts")
	List<AccountView> accounts() {
		return this.directory.all().stream().map(AccountView::of).toList();
	}

	@PostMapping(path = "/accounts", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	AccountView create(Principal principal, @RequestBody NewAccount account) {
		return AccountView.of(this.directory.create(principal.getName(), account.username(), account.displayName(),
				account.password(), account.roles(), account.teams(), true));
	}

	record PasswordChange(String currentPassword, String newPassword) {
	}

	record NewAccount(String username, String displayName, String password, Set<Role> roles, Set<String> teams) {
	}

	record AccountView(String username, String displayName, Set<Role> roles, Set<String> teams, boolean enabled,
			boolean mustChangePassword) {

		static AccountView of(StaffAccount account) {
			return new AccountView(account.username(), account.displayName(), account.roles(), account.teams(),
					account.enabled(), account.mustChangePassword());
		}
	}
}
