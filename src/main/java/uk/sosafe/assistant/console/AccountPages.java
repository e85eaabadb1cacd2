package uk.sosafe.assistant.console;

import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.safety.OfficerLinks;
import uk.sosafe.assistant.safety.RoutingRules;
import uk.sosafe.assistant.staff.Role;
import uk.sosafe.assistant.staff.StaffAccount;
import uk.sosafe.assistant.staff.StaffAccountException;
import uk.sosafe.assistant.staff.StaffAdministration;
import uk.sosafe.assistant.staff.StaffDirectory;

/**
 * Administrators manage staff accounts: create one (with a one-time password shown once), change its
 * roles and teams, reset its password or its authenticator app, disable or enable it. A disabled
 * account's sessions end at their next request. Every change is audited by the staff module.
 */
@ConsolePage
@RequestMapping("/console/accounts")
class AccountPages {

	private final StaffDirectory directory;

	private final StaffAdministration administration;

	private final RoutingRules routing;

	private final OfficerLinks links;

	AccountPages(StaffDirectory directory, StaffAdministration administration, RoutingRules routing, OfficerLinks links) {
		this.links = links;
		this.directory = directory;
		this.administration = administration;
		this.routing = routing;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("accounts", this.directory.all());
		return "console/accounts";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		return newPage(new AccountForm("", "", Set.of(), Set.of()), FormErrors.none(), model);
	}

	@PostMapping("/new")
	String create(Principal principal, @RequestParam(defaultValue = "") String username,
			@RequestParam(defaultValue = "") String displayName, @RequestParam(required = false) List<String> roles,
			@RequestParam(required = false) List<String> teams, Model model) {
		AccountForm form = new AccountForm(username.strip(), displayName.strip(), roleSet(roles), teamSet(teams));
		FormErrors errors = FormErrors.none();
		if (form.username().isEmpty()) {
			errors.add("username", "Enter a username");
		}
		if (form.roles().isEmpty()) {
			errors.add("roles", "Select at least one role");
		}
		if (!errors.any()) {
			try {
				StaffDirectory.Issued issued = this.directory.createWithOneTimePassword(principal.getName(), form.username(),
						form.displayName(), form.roles(), form.teams());
				model.addAttribute("account", issued.account());
				model.addAttribute("oneTimePassword", issued.oneTimePassword());
				model.addAttribute("created", true);
				return "console/account-password";
			}
			catch (StaffAccountException ex) {
				errors.add("username", ex.getBody().getDetail());
			}
		}
		return newPage(form, errors, model);
	}

	@GetMapping("/{username}")
	String edit(@PathVariable String username, Model model) {
		StaffAccount account = account(username);
		return editPage(account, new AccountForm(account.username(), account.displayName(), account.roles(), account.teams()),
				FormErrors.none(), model);
	}

	@PostMapping("/{username}/access")
	String changeAccess(Principal principal, @PathVariable String username,
			@RequestParam(required = false) List<String> roles, @RequestParam(required = false) List<String> teams,
			Model model, RedirectAttributes redirect) {
		StaffAccount account = account(username);
		AccountForm form = new AccountForm(account.username(), account.displayName(), roleSet(roles), teamSet(teams));
		FormErrors errors = FormErrors.none();
		if (form.roles().isEmpty()) {
			errors.add("roles", "Select at least one role");
		}
		else {
			try {
				this.administration.changeAccess(principal.getName(), account.username(), form.roles(), form.teams());
				redirect.addFlashAttribute("done", "Roles and teams saved. Any session of " + account.username() + " has ended.");
				return "redirect:/console/accounts/" + account.username();
			}
			catch (StaffAccountException ex) {
				errors.add("roles", ex.getBody().getDetail());
			}
		}
		return editPage(account, form, errors, model);
	}

	@PostMapping("/{username}/password-reset")
	String resetPassword(Principal principal, @PathVariable String username, Model model) {
		StaffAccount account = account(username);
		model.addAttribute("oneTimePassword", this.administration.resetPassword(principal.getName(), account.username()));
		model.addAttribute("account", account);
		model.addAttribute("created", false);
		return "console/account-password";
	}

	@PostMapping("/{username}/code-reset")
	String resetCode(Principal principal, @PathVariable String username, RedirectAttributes redirect) {
		return change(username, redirect, "They will set up an authenticator app at their next sign-in.",
				name -> this.administration.resetOneTimeCode(principal.getName(), name));
	}

	@PostMapping("/{username}/disable")
	String disable(Principal principal, @PathVariable String username, RedirectAttributes redirect) {
		return change(username, redirect, "The account is disabled: it cannot sign in or work on cases, and its "
				+ "sessions have ended.", name -> this.administration.disable(principal.getName(), name));
	}

	@PostMapping("/{username}/enable")
	String enable(Principal principal, @PathVariable String username, RedirectAttributes redirect) {
		return change(username, redirect, "The account is enabled.",
				name -> this.administration.enable(principal.getName(), name));
	}

	private String change(String username, RedirectAttributes redirect, String done,
			Consumer<String> change) {
		StaffAccount account = account(username);
		try {
			change.accept(account.username());
			redirect.addFlashAttribute("done", done);
		}
		catch (StaffAccountException ex) {
			redirect.addFlashAttribute("problem", ex.getBody().getDetail());
		}
		return "redirect:/console/accounts/" + account.username();
	}

	private String newPage(AccountForm form, FormErrors errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("allRoles", Role.values());
		model.addAttribute("allTeams", this.routing.teams());
		return "console/account-new";
	}

	private String editPage(StaffAccount account, AccountForm form, FormErrors errors, Model model) {
		newPage(form, errors, model);
		model.addAttribute("account", account);
		model.addAttribute("telegramLinkedAt", this.links.linkedAt(account.username(), Channel.TELEGRAM).orElse(null));
		return "console/account";
	}

	private StaffAccount account(String username) {
		return this.directory.find(username.strip().toLowerCase()).orElseThrow(() -> new NoSuchAccount(username));
	}

	private static Set<Role> roleSet(List<String> roles) {
		Set<Role> set = EnumSet.noneOf(Role.class);
		if (roles != null) {
			roles.stream().filter(role -> Set.of("ADMIN", "OFFICER", "COMMS").contains(role)).map(Role::valueOf).forEach(set::add);
		}
		return set;
	}

	private Set<String> teamSet(List<String> teams) {
		Set<String> known = new TreeSet<>();
		if (teams != null) {
			teams.stream().filter(team -> this.routing.team(team).isPresent()).forEach(known::add);
		}
		return known;
	}

	/** What the account form holds. */
	record AccountForm(String username, String displayName, Set<Role> roles, Set<String> teams) {
	}

	/** No account by that name: a 404 page. */
	static final class NoSuchAccount extends RuntimeException {

		NoSuchAccount(String username) {
			super("There is no account " + username + ".");
		}
	}
}
