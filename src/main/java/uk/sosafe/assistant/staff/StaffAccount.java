package uk.sosafe.assistant.staff;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A member of staff. Guards its own sign-in state: repeated failures (of the password, or of the
 * one-time code) lock it for a while, a success clears the count, a code is used once only, and a
 * disabled account can do nothing.
 */
@Table("staff_accounts")
public class StaffAccount {

	static final int MAX_FAILED_SIGN_INS = 5;

	static final Duration LOCKOUT = Duration.ofMinutes(15);

	@Id
	private final String id;

	private final String username;

	private String displayName;

	private String passwordHash;

	private String roles;

	private String teams;

	private boolean enabled;

	private boolean mustChangePassword;

	private int failedSignIns;

	private Instant lockedUntil;

	private byte[] totpSecretEnc;

	private boolean totpConfirmed;

	private Long totpLastStep;

	private int failedCodes;

	private final Instant createdAt;

	@Version
	private Long version;

	StaffAccount(String id, String username, String displayName, String passwordHash, String roles, String teams,
			boolean enabled, boolean mustChangePassword, int failedSignIns, Instant lockedUntil, byte[] totpSecretEnc,
			boolean totpConfirmed, Long totpLastStep, int failedCodes, Instant createdAt, Long version) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.roles = roles;
		this.teams = teams;
		this.enabled = enabled;
		this.mustChangePassword = mustChangePassword;
		this.failedSignIns = failedSignIns;
		this.lockedUntil = lockedUntil;
		this.totpSecretEnc = totpSecretEnc;
		this.totpConfirmed = totpConfirmed;
		this.totpLastStep = totpLastStep;
		this.failedCodes = failedCodes;
		this.createdAt = createdAt;
		this.version = version;
	}

	static StaffAccount create(String id, String username, String displayName, String passwordHash, Set<Role> roles,
			Set<String> teams, boolean mustChangePassword, Instant now) {
		return new StaffAccount(id, username, displayName, passwordHash, join(roles), String.join(",", new TreeSet<>(teams)),
				true, mustChangePassword, 0, null, null, false, null, 0, now, null);
	}

	public String id() {
		return this.id;
	}

	public String username() {
		return this.username;
	}

	public String displayName() {
		return this.displayName;
	}

	String passwordHash() {
		return this.passwordHash;
	}

	public Set<Role> roles() {
		return this.roles.isEmpty() ? EnumSet.noneOf(Role.class)
				: Arrays.stream(this.roles.split(",")).map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
	}

	public Set<String> teams() {
		return this.teams.isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(this.teams.split(",")));
	}

	public boolean enabled() {
		return this.enabled;
	}

	public boolean mustChangePassword() {
		return this.mustChangePassword;
	}

	/** Officers and administrators see cases or accounts: they need a one-time code as well as a password. */
	public boolean needsOneTimeCode() {
		Set<Role> roles = roles();
		return roles.contains(Role.OFFICER) || roles.contains(Role.ADMIN);
	}

	/** Whether an authenticator app has been set up and confirmed with a first code. */
	public boolean hasOneTimeCode() {
		return this.totpConfirmed;
	}

	boolean lockedAt(Instant now) {
		return this.lockedUntil != null && now.isBefore(this.lockedUntil);
	}

	void signInFailed(Instant now) {
		this.failedSignIns++;
		if (this.failedSignIns >= MAX_FAILED_SIGN_INS) {
			this.lockedUntil = now.plus(LOCKOUT);
			this.failedSignIns = 0;
		}
	}

	void signedIn() {
		this.failedSignIns = 0;
		this.lockedUntil = null;
	}

	byte[] totpSecretEnc() {
		return this.totpSecretEnc;
	}

	/** Keeps a new secret, waiting for a first code from the app to confirm it. */
	void startCodeSetup(byte[] sealedSecret) {
		if (this.totpConfirmed) {
			throw new StaffAccountException("A one-time code app is already set up for this account.");
		}
		this.totpSecretEnc = sealedSecret;
	}

	/** Whether a code of this time step may still be used: each step once, and never an older one. */
	boolean mayUseCodeOf(long step) {
		return this.totpLastStep == null || step > this.totpLastStep;
	}

	void codeAccepted(long step) {
		this.totpConfirmed = true;
		this.totpLastStep = step;
		this.failedCodes = 0;
	}

	void codeFailed(Instant now) {
		this.failedCodes++;
		if (this.failedCodes >= MAX_FAILED_SIGN_INS) {
			this.lockedUntil = now.plus(LOCKOUT);
			this.failedCodes = 0;
		}
	}

	/** Forgets the app (a lost phone): a new one is set up at the next sign-in. */
	void resetCode() {
		this.totpSecretEnc = null;
		this.totpConfirmed = false;
		this.totpLastStep = null;
		this.failedCodes = 0;
	}

	void changeAccess(Set<Role> newRoles, Set<String> newTeams) {
		if (newRoles == null || newRoles.isEmpty()) {
			throw new StaffAccountException("An account needs at least one role.");
		}
		this.roles = join(newRoles);
		this.teams = String.join(",", new TreeSet<>(newTeams == null ? Set.of() : newTeams));
	}

	/** An administrator sets a one-time password: it must be changed at the next sign-in. */
	void resetPassword(String newHash) {
		this.passwordHash = newHash;
		this.mustChangePassword = true;
		this.failedSignIns = 0;
		this.lockedUntil = null;
	}

	void changePassword(String newHash) {
		this.passwordHash = newHash;
		this.mustChangePassword = false;
	}

	void disable() {
		this.enabled = false;
	}

	void enable() {
		this.enabled = true;
	}

	private static String join(Set<Role> roles) {
		return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
	}
}
