package uk.sosafe.assistant.console;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import uk.sosafe.assistant.MutableClock;
import uk.sosafe.assistant.audit.AuditTrail;
import uk.sosafe.assistant.staff.Role;
import uk.sosafe.assistant.staff.StaffAccount;
import uk.sosafe.assistant.staff.StaffDirectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Console sessions on a hand-moved clock: idle too long, or the account changed, and the session ends. */
class ConsoleSessionsTest {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T10:00:00Z"));

	private final StaffDirectory directory = mock(StaffDirectory.class);

	private final StaffAccount account = mock(StaffAccount.class);

	private final ConsoleSessions sessions = new ConsoleSessions(this.directory, mock(AuditTrail.class), this.clock,
			new ConsoleProperties(Duration.ofMinutes(30), Period.ofMonths(12)));

	private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/console/cases");

	private Authentication signedIn;

	@BeforeEach
	void signIn() {
		when(this.account.username()).thenReturn("jo.officer");
		when(this.account.enabled()).thenReturn(true);
		when(this.account.roles()).thenReturn(EnumSet.of(Role.OFFICER));
		when(this.account.teams()).thenReturn(Set.of("fraud"));
		when(this.account.needsOneTimeCode()).thenReturn(true);
		when(this.account.hasOneTimeCode()).thenReturn(true);
		when(this.directory.find("jo.officer")).thenReturn(Optional.of(this.account));
		this.sessions.signIn(this.request, new MockHttpServletResponse(), this.account);
		this.signedIn = SecurityContextHolder.getContext().getAuthentication();
		SecurityContextHolder.clearContext();
	}

	@Test
	void aSessionUsedWithinTheIdleTimeoutCarriesOnAndEachUseRestartsIt() {
		this.clock.advance(Duration.ofMinutes(29));
		assertThat(this.sessions.refusal(this.request, this.signedIn)).isEmpty();

		this.clock.advance(Duration.ofMinutes(29));

		assertThat(this.sessions.refusal(this.request, this.signedIn)).isEmpty();
	}

	@Test
	void aSessionIdleLongerThanTheTimeoutEnds() {
		this.clock.advance(Duration.ofMinutes(31));

		assertThat(this.sessions.refusal(this.request, this.signedIn)).hasValue("idle");
	}

	@Test
	void aDisabledAccountOrAChangedTeamEndsTheSession() {
		when(this.account.teams()).thenReturn(Set.of("fraud", "hate-crime"));
		assertThat(this.sessions.refusal(this.request, this.signedIn)).hasValue("access");

		when(this.account.teams()).thenReturn(Set.of("fraud"));
		when(this.account.enabled()).thenReturn(false);
		assertThat(this.sessions.refusal(this.request, this.signedIn)).hasValue("access");
	}

	@Test
	void aResetAppOrPasswordEndsTheSession() {
		when(this.account.hasOneTimeCode()).thenReturn(false);
		assertThat(this.sessions.refusal(this.request, this.signedIn)).hasValue("access");

		when(this.account.hasOneTimeCode()).thenReturn(true);
		when(this.account.mustChangePassword()).thenReturn(true);
		assertThat(this.sessions.refusal(this.request, this.signedIn)).hasValue("access");
	}

	@Test
	void theSignInStepBetweenPasswordAndCodeLastsFiveMinutes() {
		MockHttpServletRequest halfway = new MockHttpServletRequest("POST", "/console/sign-in");
		this.sessions.passwordAccepted(halfway, new MockHttpServletResponse(), "jo.officer");
		this.clock.advance(Duration.ofMinutes(4));
		assertThat(this.sessions.pending(halfway)).hasValue("jo.officer");

		this.clock.advance(Duration.ofMinutes(2));

		assertThat(this.sessions.pending(halfway)).isEmpty();
	}
}
