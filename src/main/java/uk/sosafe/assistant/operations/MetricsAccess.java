package uk.sosafe.assistant.operations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may read {@code /actuator/prometheus}: a scraper that sends {@code Authorization: Bearer <token>} with
 * the configured {@code sosafe.metrics.token}, compared in constant time. With no token configured the
 * metrics are not served (404); a wrong or missing token gets 401. Both answers are JSON that says why.
 * The health check stays open and is not touched here.
 */
@Configuration(proxyBeanMethods = false)
class MetricsAccess {

	static final String PATH = "/actuator/prometheus";

	@Bean
	@Order(0)
	SecurityFilterChain metricsFilterChain(HttpSecurity http, MetricsProperties properties) throws Exception {
		http.securityMatcher(PATH)
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.addFilterBefore(new TokenFilter(properties), AuthorizationFilter.class)
			.csrf(csrf -> csrf.disable())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.httpBasic(basic -> basic.disable())
			.formLogin(form -> form.disable())
			.logout(logout -> logout.disable());
		return http.build();
	}

	/** Lets a request through only with the right bearer token. */
	static final class TokenFilter extends OncePerRequestFilter {

		private final MetricsProperties properties;

		TokenFilter(MetricsProperties properties) {
			this.properties = properties;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (!this.properties.enabled()) {
				refuse(response, HttpServletResponse.SC_NOT_FOUND, "metrics-off",
						"Metrics are not served: set SOSAFE_METRICS_TOKEN to turn them on.");
				return;
			}
			String header = request.getHeader("Authorization");
			if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || !MessageDigest.isEqual(
					header.substring(7).strip().getBytes(StandardCharsets.UTF_8),
					this.properties.token().strip().getBytes(StandardCharsets.UTF_8))) {
				response.setHeader("WWW-Authenticate", "Bearer");
				refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorised",
						"Send the metrics token as Authorization: Bearer <token>.");
				return;
			}
			chain.doFilter(request, response);
		}

		private static void refuse(HttpServletResponse response, int status, String code, String message) throws IOException {
			response.setStatus(status);
			response.setContentType("application/json");
			response.getWriter().write("{\"status\":" + status + ",\"error\":\"" + code + "\",\"message\":\"" + message + "\"}");
		}
	}
}
