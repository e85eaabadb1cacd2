package uk.sosafe.assistant.console;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import uk.sosafe.assistant.staff.StaffAccount;
import uk.sosafe.assistant.staff.StaffDirectory;

/** Until a one-time password is changed, a member of staff can only see their account and change it. */
@Configuration(proxyBeanMethods = false)
class PasswordChangeGate implements WebMvcConfigurer, HandlerInterceptor {

	private final StaffDirectory directory;

	PasswordChangeGate(StaffDirectory directory) {
		this.directory = directory;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/api/v1/staff/**").excludePathPatterns("/api/v1/staff/me", "/api/v1/staff/me/password");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
		Principal principal = request.getUserPrincipal();
		boolean mustChange = principal != null
				&& this.directory.find(principal.getName()).map(StaffAccount::mustChangePassword).orElse(false);
		if (mustChange) {
			response.setStatus(403);
			response.setContentType("application/json");
			response.getWriter().write("{\"status\":403,\"error\":\"password-change-required\","
					+ "\"message\":\"Change your one-time password first (POST /api/v1/staff/me/password).\"}");
			return false;
		}
		return true;
	}
}
