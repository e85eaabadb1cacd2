package uk.sosafe.assistant.staff;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.sosafe.assistant.audit.AuditTrail;

/** Staff accounts: creating them, finding them and changing passwords; every change is audited. */
@Service
public class StaffDirectory {

	static final int MIN_PASSWORD = 12;

	static final int MAX_PASSWORD = 128;

	private final StaffAccounts accounts;

	private final PasswordEncoder passwords;

	private final Clock clock;

	private final AuditTrail audit;

	StaffDirectory(StaffAccounts accounts, PasswordEncoder passwords, Clock clock, AuditTrail audit) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.clock = clock;
		this.audit = audit;
	}

	/** Creates an account as the system (the first administrator, set-up scripts). */
	@Transactional
	public StaffAccount create(String username, String displayName, String password, Set<Role> roles, Set<String> teams,
			boolean mustChangePassword) {
		return create("system", username, displayName, password, roles, teams, mustChangePassword);
	}

	/** Creates an account with a one-time password that is returned once and must be changed at first sign-in. */
	@Transactional
	public Issued createWithOneTimePassword(String actor, String username, String displayName, Set<Role> roles,
			Set<String> teams) {
		String oneTime = OneTimePasswords.generate();
		return new Issued(create(actor, username, displayName, oneTime, roles, teams, true), oneTime);
	}

	/** Creates an account; the username must be new and the password long enough. */
	@Transactional
	public StaffAccount create(String actor, String username, String displayName, String password, Set<Role> roles,
			Set<String> teams, boolean mustChangePassword) {
		String name = username == null ? "" : username.strip().toLowerCase();
		if (!name.matches("[a-z0-9._-]{3,64}")) {
			throw new StaffAccountException("A username has 3 to 64 letters, digits, dots, dashes or underscores.");
		}
		if (this.accounts.findByUsername(name).isPresent()) {
			throw new StaffAccountException("That username is taken.");
		}
		if (roles == null || roles.isEmpty()) {
			throw new StaffAccountException("An account needs at least one role.");
		}
		checkPassword(password);
		StaffAccount account = StaffAccount.create(UUID.randomUUID().toString(), name,
				displayName == null || displayName.isBlank() ? name : displayName.strip(), this.passwords.encode(password),
				roles, teams == null ? Set.of() : teams, mustChangePassword, this.clock.instant());
		StaffAccount saved = this.accounts.save(account);
		this.audit.record(actor, "ACCOUNT_CREATED", saved.username(), StaffAdministration.access(saved));
		return saved;
	}

	/** Changes a password after checking the current one. */
	@Transactional
	public void changePassword(String username, String current, String replacement) {
		StaffAccount account = this.accounts.findByUsername(username)
			.orElseThrow(() -> new StaffAccountException("No such account."));
		if (current == null || !this.passwords.matches(current, account.passwordHash())) {
			throw new StaffAccountException("The current password is not right.");
		}
		checkPassword(replacement);
		if (this.passwords.matches(replacement, account.passwordHash())) {
			throw new StaffAccountException("Choose a password different from the current one.");
		}
		account.changePassword(this.passwords.encode(replacement));
		this.accounts.save(account);
		this.audit.record(account.username(), "PASSWORD_CHANGED", account.username(), null);
	}

	public Optional<StaffAccount> find(String username) {
		return this.accounts.findByUsername(username);
	}

	public List<StaffAccount> all() {
		return this.accounts.findAllByOrderByUsername();
	}

	boolean any() {
		return this.accounts.count() > 0;
	}

	static void checkPassword(String password) {
		if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
			throw new StaffAccountException(
					"A password has " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters; a few random words work well.");
		}
	}

	/** A new account and the one-time password to hand over; the password is not kept anywhere in clear. */
	public record Issued(StaffAccount account, String oneTimePassword) {
	}
}
