package uk.sosafe.assistant.console;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.sosafe.assistant.staff.OneTimeCodes;
import uk.sosafe.assistant.staff.StaffAccount;
import uk.sosafe.assistant.staff.StaffAccountException;
import uk.sosafe.assistant.staff.StaffDirectory;

/**
 * The steps after the password: changing a one-time password, setting up an authenticator app (its key
 * shown as text, as an otpauth link and as a QR code), and entering a code. Each needs the password step
 * done on this session in the last five minutes.
 */
@ConsolePage
@RequestMapping("/console/sign-in")
class SignInStepPages {

	private final ConsoleSessions sessions;

	private final StaffDirectory directory;

	private final OneTimeCodes codes;

	private final SignInPages signIn;

	SignInStepPages(ConsoleSessions sessions, StaffDirectory directory, OneTimeCodes codes, SignInPages signIn) {
		this.sessions = sessions;
		this.directory = directory;
		this.codes = codes;
		this.signIn = signIn;
	}

	@GetMapping("/password")
	String passwordForm(HttpServletRequest request, Model model) {
		return pending(request).map(account -> {
			model.addAttribute("errors", FormErrors.none());
			return "console/sign-in-password";
		}).orElse(expired());
	}

	@PostMapping("/password")
	String changePassword(@RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String newPassword, @RequestParam(defaultValue = "") String confirmPassword,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		Optional<StaffAccount> account = pending(request);
		if (account.isEmpty()) {
			return expired();
		}
		FormErrors errors = FormErrors.none();
		if (currentPassword.isEmpty()) {
			errors.add("currentPassword", "Enter the password you were given");
		}
		if (newPassword.isEmpty()) {
			errors.add("newPassword", "Enter a new password");
		}
		else if (!newPassword.equals(confirmPassword)) {
			errors.add("confirmPassword", "The new passwords do not match");
		}
		if (!errors.any()) {
			try {
				this.directory.changePassword(account.get().username(), currentPassword, newPassword);
				return this.signIn.next(this.directory.find(account.get().username()).orElseThrow(), false, request, response);
			}
			catch (StaffAccountException ex) {
				String reason = ex.getBody().getDetail();
				errors.add(reason != null && reason.contains("current") ? "currentPassword" : "newPassword", reason);
			}
		}
		model.addAttribute("errors", errors);
		return "console/sign-in-password";
	}

	@GetMapping("/new-code")
	String newCode(HttpServletRequest request, Model model) {
		Optional<StaffAccount> account = pending(request);
		if (account.isEmpty()) {
			return expired();
		}
		if (account.get().hasOneTimeCode()) {
			return "redirect:/console/sign-in/code";
		}
		return setupPage(account.get(), FormErrors.none(), model);
	}

	@PostMapping("/new-code")
	String confirmNewCode(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		return acceptCode(code, request, response, (account, errors) -> setupPage(account, errors, model));
	}

	@GetMapping("/code")
	String codeForm(HttpServletRequest request, Model model) {
		return pending(request).map(account -> {
			model.addAttribute("errors", FormErrors.none());
			return "console/sign-in-code";
		}).orElse(expired());
	}

	@PostMapping("/code")
	String enterCode(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		return acceptCode(code, request, response, (account, errors) -> {
			model.addAttribute("errors", errors);
			return "console/sign-in-code";
		});
	}

	/**
	 * Checks the code of the account waiting to sign in: signs in when it is right, ends the attempt when
	 * the account is now locked, and otherwise shows the page again with what was wrong.
	 */
	private String acceptCode(String code, HttpServletRequest request, HttpServletResponse response,
			java.util.function.BiFunction<StaffAccount, FormErrors, String> showAgain) {
		Optional<StaffAccount> account = pending(request);
		if (account.isEmpty()) {
			return expired();
		}
		FormErrors errors = checkCode(account.get(), code);
		if (errors == null) {
			this.sessions.abandon(request);
			return "redirect:/console/sign-in?ended=locked";
		}
		if (!errors.any()) {
			return this.signIn.next(this.directory.find(account.get().username()).orElseThrow(), true, request, response);
		}
		return showAgain.apply(account.get(), errors);
	}

	/** No errors when the code is accepted; null when the account is now locked. */
	private FormErrors checkCode(StaffAccount account, String code) {
		String digits = code.replaceAll("\\s", "");
		if (digits.isEmpty()) {
			return FormErrors.none().add("code", "Enter the 6-digit code from your authenticator app");
		}
		if (!digits.matches("\\d{6}")) {
			return FormErrors.none().add("code", "Enter the code as 6 digits, like 123456");
		}
		return switch (this.codes.check(account.username(), digits)) {
			case ACCEPTED -> FormErrors.none();
			case LOCKED -> null;
			case WRONG -> FormErrors.none().add("code", "The code is not right, or was used already. Wait for the next "
					+ "code in your app and enter it.");
		};
	}

	private String setupPage(StaffAccount account, FormErrors errors, Model model) {
		OneTimeCodes.Setup setup = this.codes.setUp(account.username()).orElseThrow();
		model.addAttribute("secret", setup.secret());
		model.addAttribute("groupedSecret", setup.secret().replaceAll("(.{4})(?!$)", "$1 "));
		model.addAttribute("uri", setup.uri());
		model.addAttribute("qrCode", QrCodes.pngDataUri(setup.uri()));
		model.addAttribute("errors", errors);
		return "console/sign-in-new-code";
	}

	private Optional<StaffAccount> pending(HttpServletRequest request) {
		return this.sessions.pending(request).flatMap(this.directory::find).filter(StaffAccount::enabled);
	}

	private static String expired() {
		return "redirect:/console/sign-in?ended=expired";
	}
}
