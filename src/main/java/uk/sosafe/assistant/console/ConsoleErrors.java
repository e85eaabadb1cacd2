package uk.sosafe.assistant.console;

import java.security.Principal;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import uk.sosafe.assistant.audit.AuditTrail;
import uk.sosafe.assistant.safety.CaseDesk;
import uk.sosafe.assistant.safety.CaseRuleException;

/**
 * Console pages that cannot be shown, as pages rather than the API's JSON: no such case or account
 * (404), a case of another team or an account that may no longer work cases (403, the attempt audited),
 * another case rule (409), and anything unexpected (500, logged, nothing internal shown). Case rules
 * broken by a form are shown by the case pages themselves, next to the form.
 */
@ControllerAdvice(annotations = ConsolePage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleErrors {

	private static final Logger log = LoggerFactory.getLogger(ConsoleErrors.class);

	private final AuditTrail audit;

	private final ConsoleFrame frame;

	ConsoleErrors(AuditTrail audit, ConsoleFrame frame) {
		this.audit = audit;
		this.frame = frame;
	}

	@ExceptionHandler(CaseDesk.NotFound.class)
	String notFound(CaseDesk.NotFound ex, Model model, HttpServletRequest request, HttpServletResponse response) {
		model.addAllAttributes(this.frame.model(request));
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		model.addAttribute("message", ex.getMessage());
		return "console/not-found";
	}

	@ExceptionHandler(AccountPages.NoSuchAccount.class)
	String noAccount(AccountPages.NoSuchAccount ex, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		model.addAllAttributes(this.frame.model(request));
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		model.addAttribute("message", ex.getMessage());
		return "console/not-found";
	}

	@ExceptionHandler(NoResourceFoundException.class)
	String noPage(Model model, HttpServletRequest request, HttpServletResponse response) {
		model.addAllAttributes(this.frame.model(request));
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		model.addAttribute("message", "There is no page at this address.");
		return "console/not-found";
	}

	@ExceptionHandler(CaseRuleException.class)
	String refused(CaseRuleException ex, Principal principal, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		model.addAllAttributes(this.frame.model(request));
		model.addAttribute("expired", false);
		model.addAttribute("reason", ex.getMessage());
		model.addAttribute("recorded", false);
		if (ex.rule() != CaseRuleException.Rule.NOT_YOUR_TEAM && ex.rule() != CaseRuleException.Rule.ACCOUNT_NOT_ALLOWED) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return "console/refused";
		}
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		Object reference = variables instanceof Map<?, ?> map ? map.get("reference") : null;
		this.audit.record(principal == null ? "unknown" : principal.getName(), "CASE_ACCESS_REFUSED",
				reference == null ? null : reference.toString(), ex.rule().name().toLowerCase().replace('_', ' '));
		model.addAttribute("recorded", true);
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		return "console/refused";
	}

	@ExceptionHandler({ AccessDeniedException.class, AuthenticationException.class })
	void security(RuntimeException ex) {
		throw ex;
	}

	@ExceptionHandler(Exception.class)
	String unexpected(Exception ex, Model model, HttpServletRequest request, HttpServletResponse response) {
		model.addAllAttributes(this.frame.model(request));
		log.error("Unexpected error on a console page", ex);
		response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
		return "console/problem";
	}
}
