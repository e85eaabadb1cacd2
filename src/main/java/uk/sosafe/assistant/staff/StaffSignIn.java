package uk.sosafe.assistant.staff;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Signs staff in from their accounts, and counts failures so that repeated guessing locks the account. */
@Component
class StaffSignIn implements UserDetailsService {

	private final StaffAccounts accounts;

	private final Clock clock;

	StaffSignIn(StaffAccounts accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
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
		this.accounts.findByUsername(String.valueOf(event.getAuthentication().getName()).strip().toLowerCase())
			.ifPresent(account -> {
				account.signInFailed(this.clock.instant());
				this.accounts.save(account);
			});
	}

	@EventListener
	@Transactional
	void on(AuthenticationSuccessEvent event) {
		this.accounts.findByUsername(event.getAuthentication().getName()).ifPresent(account -> {
			account.signedIn();
			this.accounts.save(account);
		});
	}
}
