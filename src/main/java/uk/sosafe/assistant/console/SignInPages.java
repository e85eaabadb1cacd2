package uk.sosafe.assistant.console;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.sosafe.assistant.console.ConsoleSecurity.ConsolePasswords;
import uk.sosafe.assistant.staff.StaffAccount;
import uk.sosafe.assistant.staff.StaffDirectory;

/**
 * Signing in to the console: a password, then (for a one-time password) a new password, then (for
 * officers and administrators) a code from an authenticator app, set up on the first sign-in.
 * Failures say what to do without saying whether an account exists.
 */
@ConsolePage
class SignInPages {

	static final String WRONG_PASSWORD = "The username or password is not right. After 5 wrong tries in a row an "
			+ "account is locked for 15 minutes.";

	private static final Map<String, String> ENDINGS = Map.of("signed-out", "You have signed out.", "idle",
			"You were signed out because the console was not used for a while. Sign in again to carry on.", "access",
			"You were signed out because your account was changed or disabled. Sign in again, or ask an administrator.",
			"locked", "Too many wrong tries: the account is locked for 15 minutes.", "expired",
			"Signing in took too long. Start again.");

	private final ConsolePasswords passwords;

	private final ConsoleSessions sessions;

	private final StaffDirectory directory;

	SignInPages(ConsolePasswords passwords, ConsoleSessions sessions, StaffDirectory directory) {
		this.passwords = passwords;
		this.sessions = sessions;
		this.directory = directory;
	}

	@GetMapping("/console/sign-in")
	String form(@RequestParam(required = false) String ended, Model model) {
		if (signedIn() != null) {
			return "redirect:/console";
		}
		model.addAttribute("ended", ended == null ? null : ENDINGS.get(ended));
		model.addAttribute("errors", FormErrors.none());
		return "console/sign-in";
	}

	@PostMapping("/console/sign-in")
	String signIn(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String password,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		FormErrors errors = FormErrors.none();
		if (username.isBlank()) {
			errors.add("username", "Enter your username");
		}
		if (password.isEmpty()) {
			errors.add("password", "Enter your password");
		}
		if (!errors.any()) {
			try {
				Authentication checked = this.passwords.manager()
					.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username.strip(), password));
				this.sessions.passwordAccepted(request, response, checked.getName());
				return next(this.directory.find(checked.getName()).orElseThrow(), false, request, response);
			}
			catch (AuthenticationException ex) {
				errors.add("username", WRONG_PASSWORD);
			}
		}
		model.addAttribute("username", username.strip());
		model.addAttribute("errors", errors);
		return "console/sign-in";
	}

	@PostMapping("/console/sign-out")
	String signOut(HttpServletRequest request) {
		Authentication who = signedIn();
		this.sessions.end(request, who == null ? null : who.getName(), "signed-out");
		return "redirect:/console/sign-in?ended=signed-out";
	}

	/** The next step after the password, a new password or a code: signed in once none is left. */
	String next(StaffAccount account, boolean codeAccepted, HttpServletRequest request, HttpServletResponse response) {
		if (account.mustChangePassword()) {
			return "redirect:/console/sign-in/password";
		}
		if (account.needsOneTimeCode() && !codeAccepted) {
			return account.hasOneTimeCode() ? "redirect:/console/sign-in/code" : "redirect:/console/sign-in/new-code";
		}
		return "redirect:" + this.sessions.signIn(request, response, account);
	}

	static Authentication signedIn() {
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		return who instanceof UsernamePasswordAuthenticationToken && who.isAuthenticated() ? who : null;
	}
}
