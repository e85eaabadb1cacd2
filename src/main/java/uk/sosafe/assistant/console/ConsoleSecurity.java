package uk.sosafe.assistant.console;

import jakarta.servlet.DispatcherType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may open which console page. Staff sign in with a form (and a one-time code for officers and
 * administrators) into a server session kept under the console's own key, so the JSON API, which takes
 * credentials on every request, never accepts a console session. Every form carries a CSRF token;
 * pages send a strict content policy, may not be framed, and are never cached (Spring Security's
 * default Cache-Control). Officers act on cases; administrators oversee them.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurity {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; "
			+ "object-src 'none'";

	@Bean
	@Order(1)
	SecurityFilterChain consoleFilterChain(HttpSecurity http, ConsoleSessions sessions, ConsoleRefusals refusals)
			throws Exception {
		http.securityMatcher("/console", "/console/**")
			.authorizeHttpRequests(requests -> requests
				.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
				.requestMatchers("/console/assets/**", "/console/sign-in", "/console/sign-in/**", "/console/sign-out")
				.permitAll()
				.requestMatchers("/console/accounts", "/console/accounts/**", "/console/audit", "/console/audit/**",
						"/console/residents", "/console/residents/**")
				.hasRole("ADMIN")
				.requestMatchers("/console/content", "/console/content/**", "/console/gaps", "/console/surveys",
						"/console/surveys/**", "/console/campaigns", "/console/campaigns/**").hasAnyRole("ADMIN", "COMMS")
				.requestMatchers(HttpMethod.POST, "/console/cases/**").hasRole("OFFICER")
				.requestMatchers("/console/cases", "/console/cases/**").hasAnyRole("OFFICER", "ADMIN")
				.anyRequest().authenticated())
			.securityContext(context -> context.securityContextRepository(sessions.contexts()))
			.requestCache(cache -> cache.requestCache(sessions.requests()))
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/console/sign-in"))
				.accessDeniedHandler(refusals))
			.formLogin(form -> form.disable())
			.httpBasic(basic -> basic.disable())
			.logout(logout -> logout.disable())
			.addFilterBefore(new ConsoleSessionGuard(sessions), AuthorizationFilter.class)
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.frameOptions(frames -> frames.deny()));
		return http.build();
	}

	/** Checks the password step of a console sign-in, publishing the events that count failures. */
	@Bean
	ConsolePasswords consolePasswords(UserDetailsService staff, PasswordEncoder passwords,
			AuthenticationEventPublisher events) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(staff);
		provider.setPasswordEncoder(passwords);
		ProviderManager manager = new ProviderManager(provider);
		manager.setAuthenticationEventPublisher(events);
		return new ConsolePasswords(manager);
	}

	/** The password step only: the one-time code and the session come after. */
	record ConsolePasswords(AuthenticationManager manager) {
	}
}
