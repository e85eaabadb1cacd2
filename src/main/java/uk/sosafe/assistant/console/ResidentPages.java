package uk.sosafe.assistant.console;

import java.security.Principal;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.operations.SubjectAccess;

/**
 * Administrators answer a resident's request for their data, or to be forgotten: find them by the address
 * they wrote from (posted, never in a URL), see how much is held, download everything as JSON, or erase
 * it after confirming. Look-ups, downloads and erasures are audited.
 */
@ConsolePage
@RequestMapping("/console/residents")
class ResidentPages {

	private final SubjectAccess access;

	private final ConsoleFrame frame;

	ResidentPages(SubjectAccess access, ConsoleFrame frame) {
		this.access = access;
		this.frame = frame;
	}

	@GetMapping
	String lookUpForm(Model model) {
		model.addAttribute("form", ResidentLookUpForm.empty());
		model.addAttribute("errors", FormErrors.none());
		return "console/residents";
	}

	@PostMapping
	String lookUp(Principal principal, @ModelAttribute ResidentLookUpForm form, Model model) {
		FormErrors errors = form.check();
		if (!errors.any()) {
			Optional<ResidentId> found = this.access.lookUp(principal.getName(),
					ResidentLookUpForm.channel(form.channel()).orElseThrow(), form.address());
			if (found.isPresent()) {
				return "redirect:/console/residents/" + found.get().value();
			}
			errors.add("address", "No resident is known at this address on this channel");
		}
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "console/residents";
	}

	@GetMapping("/{reference}")
	String resident(@PathVariable String reference, Model model) {
		model.addAttribute("summary", summary(reference));
		model.addAttribute("errors", FormErrors.none());
		return "console/resident";
	}

	@GetMapping("/{reference}/export.json")
	ResponseEntity<SubjectAccess.Export> export(Principal principal, @PathVariable String reference) {
		SubjectAccess.Export export = this.access.export(principal.getName(), new ResidentId(reference))
			.orElseThrow(() -> new NoSuchResident(reference));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"resident-data-" + export.reference() + ".json\"")
			.contentType(MediaType.APPLICATION_JSON)
			.body(export);
	}

	@PostMapping("/{reference}/erase")
	String erase(Principal principal, @PathVariable String reference, @RequestParam(required = false) String confirm,
			Model model, RedirectAttributes redirect) {
		SubjectAccess.Summary summary = summary(reference);
		if (!"yes".equals(confirm)) {
			model.addAttribute("summary", summary);
			model.addAttribute("errors", FormErrors.none().add("confirm",
					"Confirm that this is the person who asked to be forgotten"));
			return "console/resident";
		}
		SubjectAccess.Erasure erasure = this.access.erase(principal.getName(), new ResidentId(reference))
			.orElseThrow(() -> new NoSuchResident(reference));
		redirect.addFlashAttribute("done", "The resident’s data was erased.");
		redirect.addFlashAttribute("kept", erasure.kept());
		return "redirect:/console/residents";
	}

	@ExceptionHandler(NoSuchResident.class)
	String notFound(NoSuchResident ex, Model model, HttpServletRequest request, HttpServletResponse response) {
		model.addAllAttributes(this.frame.model(request));
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		model.addAttribute("message", ex.getMessage());
		return "console/not-found";
	}

	private SubjectAccess.Summary summary(String reference) {
		return this.access.summary(new ResidentId(reference)).orElseThrow(() -> new NoSuchResident(reference));
	}

	/** No resident by that reference: a 404 page. */
	static final class NoSuchResident extends RuntimeException {

		NoSuchResident(String reference) {
			super("No resident has the reference " + reference + ": nothing is held about them.");
		}
	}
}
