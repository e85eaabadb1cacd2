package uk.sosafe.assistant.staff;

import java.time.Clock;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.sosafe.assistant.audit.AuditTrail;

/**
 * Signs staff in from their accounts, and counts failures so that repeated guessing locks the account.
 * Every failed sign-in is audited; a name that is no account is recorded as {@code unknown}, since it may
 * be a password typed in the wrong box.
 */
@Component
class StaffSignIn implements UserDetailsService {

	private final StaffAccounts accounts;

	private final Clock clock;

	private final AuditTrail audit;

	StaffSignIn(StaffAccounts accounts, Clock clock, AuditTrail audit) {
		this.accounts = accounts;
		this.clock = clock;
		this.audit = audit;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		StaffAccount account = this.accounts.findByUsername(username.strip().toLowerCase())
			.orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
		return User.withUsername(account.username())
			.password(account.passwordHash())
			.roles(account.roles().stream().map(Role::name).toArray(String[]::new))
			.disabled(!account.enabled())
			.accountLocked(account.lockedAt(this.clock.instant()))
			.build();
	}

	@EventListener
	@Transactional
	void on(AuthenticationFailureBadCredentialsEvent event) {
		Optional<StaffAccount> found = account(event);
		found.ifPresentOrElse(account -> {
			account.signInFailed(this.clock.instant());
			this.accounts.save(account);
			this.audit.record(account.username(), "SIGN_IN_FAILED", account.username(), "wrong password");
			if (account.lockedAt(this.clock.instant())) {
				this.audit.record("system", "ACCOUNT_LOCKED", account.username(), "too many wrong passwords");
			}
		}, () -> this.audit.record("unknown", "SIGN_IN_FAILED", null, "no such account"));
	}

	@EventListener({ AuthenticationFailureLockedEvent.class, AuthenticationFailureDisabledEvent.class })
	@Transactional
	void onRefused(AbstractAuthenticationFailureEvent event) {
		String why = event instanceof AuthenticationFailureLockedEvent ? "account locked" : "account disabled";
		account(event).ifPresent(account -> this.audit.record(account.username(), "SIGN_IN_FAILED", account.username(), why));
	}

	@EventListener
	@Transactional
	void on(AuthenticationSuccessEvent event) {
		this.accounts.findByUsername(event.getAuthentication().getName()).ifPresent(account -> {
			account.signedIn();
			this.accounts.save(account);
		});
	}

	private Optional<StaffAccount> account(AbstractAuthenticationFailureEvent event) {
		return this.accounts.findByUsername(String.valueOf(event.getAuthentication().getName()).strip().toLowerCase());
	}
}
