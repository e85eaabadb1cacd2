package uk.sosafe.assistant.staff;

import java.util.Set;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.sosafe.assistant.audit.AuditTrail;

/**
 * What an administrator changes on other people's accounts: roles and teams, a password reset, a lost
 * authenticator app, disabling and enabling. Each change is audited with who made it. Nobody can lock
 * the partnership out: the last enabled administrator keeps the role, and nobody disables themselves.
 */
@Service
public class StaffAdministration {

	private final StaffAccounts accounts;

	private final PasswordEncoder passwords;

	private final AuditTrail audit;

	StaffAdministration(StaffAccounts accounts, PasswordEncoder passwords, AuditTrail audit) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.audit = audit;
	}

	@Transactional
	public void changeAccess(String actor, String username, Set<Role> roles, Set<String> teams) {
		StaffAccount account = account(username);
		if (account.enabled() && account.roles().contains(Role.ADMIN) && (roles == null || !roles.contains(Role.ADMIN))) {
			keepAnotherAdministrator(account);
		}
		account.changeAccess(roles, teams);
		this.accounts.save(account);
		this.audit.record(actor, "ACCOUNT_ACCESS_CHANGED", account.username(), access(account));
	}

	/** Sets a new one-time password, returned once; the account must change it at its next sign-in. */
	@Transactional
	public String resetPassword(String actor, String username) {
		StaffAccount account = account(username);
		String oneTime = OneTimePasswords.generate();
		account.resetPassword(this.passwords.encode(oneTime));
		this.accounts.save(account);
		this.audit.record(actor, "PASSWORD_RESET", account.username(), null);
		return oneTime;
	}

	/** Forgets the account's authenticator app; a new one is set up at the next sign-in. */
	@Transactional
	public void resetOneTimeCode(String actor, String username) {
		StaffAccount account = account(username);
		account.resetCode();
		this.accounts.save(account);
		this.audit.record(actor, "ONE_TIME_CODE_RESET", account.username(), null);
	}

	/** Disables the account: it cannot sign in, its sessions end at their next request, and it can work no case. */
	@Transactional
	public void disable(String actor, String username) {
		StaffAccount account = account(username);
		if (account.username().equals(actor)) {
			throw new StaffAccountException("You cannot disable your own account.");
		}
		if (account.enabled() && account.roles().contains(Role.ADMIN)) {
			keepAnotherAdministrator(account);
		}
		account.disable();
		this.accounts.save(account);
		this.audit.record(actor, "ACCOUNT_DISABLED", account.username(), null);
	}

	@Transactional
	public void enable(String actor, String username) {
		StaffAccount account = account(username);
		account.enable();
		this.accounts.save(account);
		this.audit.record(actor, "ACCOUNT_ENABLED", account.username(), null);
	}

	/** Roles and teams in a few words, for the audit trail. */
	static String access(StaffAccount account) {
		return "roles " + String.join(",", account.roles().stream().map(Role::name).toList()) + "; teams "
				+ (account.teams().isEmpty() ? "none" : String.join(",", account.teams()));
	}

	private void keepAnotherAdministrator(StaffAccount leaving) {
		boolean another = this.accounts.findAllByOrderByUsername().stream()
			.anyMatch(other -> !other.id().equals(leaving.id()) && other.enabled() && other.roles().contains(Role.ADMIN));
		if (!another) {
			throw new StaffAccountException("This is the last enabled administrator; make someone else an administrator first.");
		}
	}

	private StaffAccount account(String username) {
		return this.accounts.findByUsername(username == null ? "" : username.strip().toLowerCase())
			.orElseThrow(() -> new StaffAccountException("There is no account " + username + "."));
	}
}
