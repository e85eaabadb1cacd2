package uk.sosafe.assistant.console;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import uk.sosafe.assistant.staff.Role;
import uk.sosafe.assistant.staff.StaffAccount;
import uk.sosafe.assistant.staff.StaffDirectory;

/**
 * What every console page shows around its content: the partnership's name, who is signed in, and the
 * sections their roles open, with the current one marked. The layout template draws it.
 */
@ControllerAdvice(annotations = ConsolePage.class)
class ConsoleFrame {

	static final String SERVICE = "SoSafe Stevenage";

	private final List<ConsoleSection> sections;

	private final StaffDirectory directory;

	private final ConsoleProperties properties;

	ConsoleFrame(List<ConsoleSection> sections, StaffDirectory directory, ConsoleProperties properties) {
		this.sections = sections.stream().sorted(Comparator.comparingInt(ConsoleSection::order)).toList();
		this.directory = directory;
		this.properties = properties;
	}

	@ModelAttribute("frame")
	Frame frame(HttpServletRequest request) {
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		if (!(signedIn instanceof UsernamePasswordAuthenticationToken) || !signedIn.isAuthenticated()) {
			return new Frame(SERVICE, null, List.of(), this.properties.idleTimeout().toMinutes());
		}
		StaffAccount account = this.directory.find(signedIn.getName()).orElse(null);
		if (account == null) {
			return new Frame(SERVICE, null, List.of(), this.properties.idleTimeout().toMinutes());
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		List<NavItem> nav = this.sections.stream()
			.filter(section -> section.roles().stream().anyMatch(account.roles()::contains))
			.map(section -> new NavItem(section.label(), section.path(),
					path.equals(section.path()) || path.startsWith(section.path() + "/")))
			.toList();
		return new Frame(SERVICE, new User(account.username(), account.displayName(), account.roles()), nav,
				this.properties.idleTimeout().toMinutes());
	}

	/** The frame as a plain model, for pages rendered outside a controller (refusals). */
	Map<String, Object> model(HttpServletRequest request) {
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("frame", frame(request));
		return model;
	}

	/** The frame of one page. */
	record Frame(String service, User user, List<NavItem> nav, long idleMinutes) {
	}

	/** Who is signed in. */
	record User(String username, String displayName, Set<Role> roles) {

		public boolean is(String role) {
			return this.roles.contains(Role.valueOf(role));
		}
	}

	/** One navigation link. */
	record NavItem(String label, String path, boolean current) {
	}
}
