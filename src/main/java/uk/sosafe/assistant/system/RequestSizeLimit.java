package uk.sosafe.assistant.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses API request bodies over 256 KiB with 413 before reading them. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

	static final long MAX_BYTES = 256 * 1024;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if ((request.getRequestURI().startsWith("/api/") || request.getRequestURI().startsWith("/channels/"))
				&& request.getContentLengthLong() > MAX_BYTES) {
			response.setStatus(413);
			response.setContentType("application/json");
			response.getWriter()
				.write("{\"status\":413,\"error\":\"body-too-large\",\"message\":\"The request body is too large; the most is 256 KiB.\"}");
			return;
		}
		chain.doFilter(request, response);
	}
}
