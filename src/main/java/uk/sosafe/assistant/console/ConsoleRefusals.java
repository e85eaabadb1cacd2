package uk.sosafe.assistant.console;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import uk.sosafe.assistant.audit.AuditTrail;

/**
 * The page a signed-in member of staff sees when their role does not open a page (403), or when a form
 * came without its CSRF token or with an old one (also 403: the page says to go back and try again).
 */
@Component
class ConsoleRefusals implements AccessDeniedHandler {

	private static final Logger log = LoggerFactory.getLogger(ConsoleRefusals.class);

	private final ObjectProvider<ThymeleafViewResolver> views;

	private final ConsoleFrame frame;

	private final AuditTrail audit;

	ConsoleRefusals(ObjectProvider<ThymeleafViewResolver> views, ConsoleFrame frame, AuditTrail audit) {
		this.views = views;
		this.frame = frame;
		this.audit = audit;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException {
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		boolean expired = denied instanceof CsrfException;
		if (!expired && request.getUserPrincipal() != null) {
			this.audit.record(request.getUserPrincipal().getName(), "ACCESS_REFUSED",
					request.getRequestURI().substring(request.getContextPath().length()), request.getMethod());
		}
		Map<String, Object> model = this.frame.model(request);
		model.put("expired", expired);
		model.put("reason", null);
		model.put("recorded", !expired && request.getUserPrincipal() != null);
		try {
			View view = this.views.getObject().resolveViewName("console/refused", Locale.UK);
			view.render(model, request, response);
		}
		catch (Exception ex) {
			log.error("Cannot render the refusal page", ex);
			response.setContentType("text/plain;charset=UTF-8");
			response.getWriter().write("You cannot open this page.");
		}
	}
}
