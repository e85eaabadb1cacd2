package uk.sosafe.assistant.console;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs before every console page is authorised: a session whose account was disabled or changed, or
 * that was idle too long, is ended there and then, and the browser sent to sign in again with the reason.
 * Not a bean, so it runs only inside the console's security chain.
 */
class ConsoleSessionGuard extends OncePerRequestFilter {

	private final ConsoleSessions sessions;

	ConsoleSessionGuard(ConsoleSessions sessions) {
		this.sessions = sessions;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/console/assets/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		if (signedIn instanceof UsernamePasswordAuthenticationToken && signedIn.isAuthenticated()) {
			Optional<String> refusal = this.sessions.refusal(request, signedIn);
			if (refusal.isPresent()) {
				this.sessions.end(request, signedIn.getName(), refusal.get());
				response.setStatus(HttpServletResponse.SC_SEE_OTHER);
				response.setHeader("Location", request.getContextPath() + "/console/sign-in?ended=" + refusal.get());
				return;
			}
		}
		chain.doFilter(request, response);
	}
}
