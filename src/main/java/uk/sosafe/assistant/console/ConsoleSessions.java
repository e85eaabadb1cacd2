package uk.sosafe.assistant.console;

import java.io.Serializable;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

import uk.sosafe.assistant.audit.AuditTrail;
import uk.sosafe.assistant.staff.StaffAccount;
import uk.sosafe.assistant.staff.StaffDirectory;

/**
 * Console sessions from the first step of a sign-in to the last request. Between the password and the
 * one-time code the session only remembers who is signing in (for five minutes) and is not signed in.
 * Once signed in, it remembers the access it was given; any change to the account (disabled, roles or
 * teams changed, password or app reset) or a long idle ends it at its next request.
 */
@Component
class ConsoleSessions {

	static final String CONTEXT_KEY = "SOSAFE_CONSOLE_SECURITY_CONTEXT";

	private static final String PENDING = "SOSAFE_CONSOLE_PENDING_SIGN_IN";

	private static final String ACCESS = "SOSAFE_CONSOLE_ACCESS";

	private static final String LAST_SEEN = "SOSAFE_CONSOLE_LAST_SEEN";

	private static final Duration PENDING_FOR = Duration.ofMinutes(5);

	private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final HttpSessionRequestCache requests = new HttpSessionRequestCache();

	private final HttpSessionCsrfTokenRepository csrfTokens = new HttpSessionCsrfTokenRepository();

	private final StaffDirectory directory;

	private final AuditTrail audit;

	private final Clock clock;

	private final Duration idleTimeout;

	ConsoleSessions(StaffDirectory directory, AuditTrail audit, Clock clock, ConsoleProperties properties) {
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
		this.idleTimeout = properties.idleTimeout();
		this.contexts.setSpringSecurityContextKey(CONTEXT_KEY);
		this.requests.setSessionAttrName("SOSAFE_CONSOLE_SAVED_REQUEST");
		this.requests.setMatchingRequestParameterName(null);
		this.requests.setRequestMatcher(request -> "GET".equals(request.getMethod())
				&& !request.getRequestURI().startsWith(request.getContextPath() + "/console/assets/"));
	}

	HttpSessionSecurityContextRepository contexts() {
		return this.contexts;
	}

	HttpSessionRequestCache requests() {
		return this.requests;
	}

	/** The password was right: a new session id and CSRF token, waiting for the next step. */
	void passwordAccepted(HttpServletRequest request, HttpServletResponse response, String username) {
		request.getSession(true);
		request.changeSessionId();
		this.csrfTokens.saveToken(null, request, response);
		request.getSession().setAttribute(PENDING, new Pending(username, this.clock.instant()));
	}

	/** Who is half-way through signing in on this session, if anyone still is. */
	Optional<String> pending(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(PENDING) instanceof Pending pending)) {
			return Optional.empty();
		}
		if (pending.since().plus(PENDING_FOR).isBefore(this.clock.instant())) {
			session.removeAttribute(PENDING);
			return Optional.empty();
		}
		return Optional.of(pending.username());
	}

	void abandon(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.removeAttribute(PENDING);
		}
	}

	/** Every step passed: signs the member of staff in and returns where to go next. */
	String signIn(HttpServletRequest request, HttpServletResponse response, StaffAccount account) {
		SavedRequest saved = this.requests.getRequest(request, response);
		this.requests.removeRequest(request, response);
		request.getSession(true);
		request.changeSessionId();
		this.csrfTokens.saveToken(null, request, response);
		HttpSession session = request.getSession();
		session.removeAttribute(PENDING);
		session.setAttribute(ACCESS, Access.of(account));
		session.setAttribute(LAST_SEEN, this.clock.instant());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(account.username(), null,
				account.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList()));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
		this.audit.record(account.username(), "SIGN_IN", account.username(), "console");
		return saved == null ? "/console" : consolePath(saved.getRedirectUrl());
	}

	/**
	 * Why this signed-in session may not go on (the account changed, or it was idle too long), or empty
	 * when it may; a session that may go on is marked as seen now.
	 */
	Optional<String> refusal(HttpServletRequest request, Authentication signedIn) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return Optional.of("access");
		}
		Optional<StaffAccount> account = this.directory.find(signedIn.getName());
		boolean unchanged = session.getAttribute(ACCESS) instanceof Access access && account.isPresent()
				&& access.allows(account.get());
		if (!unchanged) {
			return Optional.of("access");
		}
		Instant now = this.clock.instant();
		if (session.getAttribute(LAST_SEEN) instanceof Instant seen && seen.plus(this.idleTimeout).isBefore(now)) {
			return Optional.of("idle");
		}
		session.setAttribute(LAST_SEEN, now);
		return Optional.empty();
	}

	/** Ends the session: signed out, timed out or refused. */
	void end(HttpServletRequest request, String username, String reason) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
		if (username != null) {
			this.audit.record(username, "signed-out".equals(reason) ? "SIGN_OUT" : "SESSION_ENDED", username,
					"signed-out".equals(reason) ? null : reason);
		}
	}

	private static String consolePath(String url) {
		URI uri = URI.create(url);
		String path = uri.getRawPath();
		if (path == null || !path.startsWith("/console") || path.startsWith("/console/sign-in")) {
			return "/console";
		}
		return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
	}

	/** The first step done: who, and since when. */
	record Pending(String username, Instant since) implements Serializable {
	}

	/** The access a session was given; the session ends when the account no longer matches it. */
	record Access(String username, Set<String> roles, Set<String> teams) implements Serializable {

		static Access of(StaffAccount account) {
			return new Access(account.username(), names(account), new TreeSet<>(account.teams()));
		}

		boolean allows(StaffAccount account) {
			return account.enabled() && !account.mustChangePassword()
					&& (!account.needsOneTimeCode() || account.hasOneTimeCode()) && this.roles.equals(names(account))
					&& this.teams.equals(new TreeSet<>(account.teams()));
		}

		private static Set<String> names(StaffAccount account) {
			Set<String> names = new TreeSet<>();
			account.roles().forEach(role -> names.add(role.name()));
			return names;
		}
	}
}
