package uk.sosafe.assistant.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what. The web chat API and the health check are open; the staff API needs a signed-in
 * member of staff with the right role. Staff credentials travel in the Authorization header, and no
 * Basic challenge is ever sent, so browsers never remember them: that, not a token, is what protects
 * the staff API from cross-site requests. Every other state-changing request (staff forms) needs a
 * CSRF token.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

	/**
	 * No security observations at all: they were already switched off by name in application.yaml, yet each
	 * request still ran every filter through an observation wrapper that recorded nothing.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		RequestMatcher basicCredentials = request -> {
			String header = request.getHeader("Authorization");
			return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
		};
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/api/v1/chat/**", "/channels/**", "/actuator/health", "/actuator/health/**").permitAll()
			.requestMatchers("/", "/index.html", "/chat.js", "/chat.css", "/favicon.ico", "/error").permitAll()
			.requestMatchers("/api/v1/staff/accounts", "/api/v1/staff/accounts/**", "/api/v1/staff/residents/**",
					"/api/v1/staff/backups", "/api/v1/staff/key-rotation").hasRole("ADMIN")
			.requestMatchers("/api/v1/staff/unanswered", "/api/v1/staff/content/**", "/api/v1/staff/campaigns",
					"/api/v1/staff/campaigns/**").hasAnyRole("ADMIN", "COMMS")
			.requestMatchers("/api/v1/staff/surveys", "/api/v1/staff/surveys/**").hasAnyRole("ADMIN", "COMMS")
			.requestMatchers("/api/v1/staff/cases", "/api/v1/staff/cases/**", "/api/v1/staff/telegram-link").hasRole("OFFICER")
			.requestMatchers("/api/v1/staff/**").authenticated()
			.anyRequest().authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfiguration::unauthorised))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(SecurityConfiguration::unauthorised)
				.accessDeniedHandler((request, response, denied) -> json(response, HttpStatus.FORBIDDEN, "forbidden",
						"Your role does not allow this.")))
			.csrf(csrf -> csrf.ignoringRequestMatchers("/api/v1/chat/**", "/channels/**").ignoringRequestMatchers(basicCredentials))
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
		return http.build();
	}

	private static void unauthorised(HttpServletRequest request, HttpServletResponse response,
			org.springframework.security.core.AuthenticationException failure) throws IOException {
		json(response, HttpStatus.UNAUTHORIZED, "unauthorised", "Sign in as a member of staff to use this.");
	}

	private static void json(HttpServletResponse response, HttpStatus status, String code, String message)
			throws IOException {
		response.setStatus(status.value());
		response.setContentType("application/json");
		response.getWriter().write("{\"status\":" + status.value() + ",\"error\":\"" + code + "\",\"message\":\"" + message + "\"}");
	}
}
