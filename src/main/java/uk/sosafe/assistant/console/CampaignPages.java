package uk.sosafe.assistant.console;

import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.sosafe.assistant.audit.AuditTrail;
import uk.sosafe.assistant.campaign.Campaign;
import uk.sosafe.assistant.campaign.CampaignDesk;
import uk.sosafe.assistant.campaign.CampaignRuleException;
import uk.sosafe.assistant.campaign.CampaignTopic;
import uk.sosafe.assistant.campaign.SmsLength;
import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.Wards;
import uk.sosafe.assistant.survey.SurveyCatalogue;
import uk.sosafe.assistant.survey.SurveyDefinition;

/**
 * Campaigns for comms staff and administrators: the list, writing one (the SMS length in characters and
 * texts shown), and a campaign's page where someone other than the author approves it, anyone may send
 * a test to their own phone or chat, send it, pause, resume or cancel it, and watch its progress.
 */
@ConsolePage
class CampaignPages {

	private final CampaignDesk desk;

	private final AuditTrail audit;

	private final ConsoleFrame frame;

	private final Wards wards;

	private final SurveyCatalogue surveys;

	private final LondonTime londonTime;

	private final Clock clock;

	CampaignPages(CampaignDesk desk, AuditTrail audit, ConsoleFrame frame, Wards wards, SurveyCatalogue surveys,
			LondonTime londonTime, Clock clock) {
		this.desk = desk;
		this.audit = audit;
		this.frame = frame;
		this.wards = wards;
		this.surveys = surveys;
		this.londonTime = londonTime;
		this.clock = clock;
	}

	@GetMapping("/console/campaigns")
	String list(Model model) {
		model.addAttribute("campaigns", this.desk.list());
		return "console/campaigns";
	}

	@GetMapping("/console/campaigns/new")
	String blank(Model model) {
		return form(CampaignForm.empty(), FormErrors.none(), model);
	}

	@PostMapping("/console/campaigns/new")
	String write(Principal principal, @ModelAttribute("form") CampaignForm form, Model model, RedirectAttributes redirect) {
		if (form.checkOnly()) {
			return form(form, FormErrors.none(), model);
		}
		Optional<String> badTime = form.sendTimeProblem();
		if (badTime.isPresent()) {
			return form(form, FormErrors.none().add("sendDay", badTime.get()), model);
		}
		try {
			Campaign written = this.desk.write(principal.getName(), form.content(this.wards));
			this.audit.record(principal.getName(), "CAMPAIGN_WRITTEN", "campaign:" + written.id(), null);
			redirect.addFlashAttribute("done", "Campaign saved as a draft. Someone else must approve it before it can be sent.");
			return "redirect:/console/campaigns/" + written.id();
		}
		catch (CampaignRuleException ex) {
			return form(form, FormErrors.none().add(CampaignForm.fieldOf(ex.getMessage()), ex.getMessage()), model);
		}
	}

	@GetMapping("/console/campaigns/{id}")
	String view(Principal principal, @PathVariable String id, Model model) {
		Campaign campaign = this.desk.find(id);
		model.addAttribute("campaign", campaign);
		model.addAttribute("results", this.desk.results(id));
		model.addAttribute("author", campaign.author().equals(principal.getName()));
		model.addAttribute("smsLength", smsLength(campaign.smsText(), this.desk.smsLength(campaign)));
		model.addAttribute("wardNames", wardNames(campaign));
		model.addAttribute("planned", campaign.sendAt() != null && campaign.sendAt().isAfter(this.clock.instant()));
		model.addAttribute("surveyTitle", campaign.surveyId() == null ? null
				: this.surveys.find(campaign.surveyId()).map(SurveyDefinition::title).orElse(campaign.surveyId()));
		return "console/campaign";
	}

	@PostMapping("/console/campaigns/{id}/approve")
	String approve(Principal principal, @PathVariable String id, RedirectAttributes redirect) {
		return act(principal, id, redirect, "CAMPAIGN_APPROVED", "Approved: it can now be sent.",
				() -> this.desk.approve(id, principal.getName()));
	}

	/** Sends at the planned time if there is one still ahead, or now (also when "now" is asked for). */
	@PostMapping("/console/campaigns/{id}/send")
	String send(Principal principal, @PathVariable String id, @RequestParam(required = false) String now,
			RedirectAttributes redirect) {
		boolean atOnce = now != null;
		return act(principal, id, redirect, "CAMPAIGN_SENT", null, () -> {
			Campaign sent = atOnce ? this.desk.sendNow(id) : this.desk.send(id, null);
			redirect.addFlashAttribute("done", sent.sendAt().isAfter(this.clock.instant())
					? "Scheduled for " + this.londonTime.format(sent.sendAt()) + " (London time)."
					: "Sending: messages go out at each channel's pace (not in quiet hours unless urgent).");
		});
	}

	@PostMapping("/console/campaigns/{id}/pause")
	String pause(Principal principal, @PathVariable String id, RedirectAttributes redirect) {
		return act(principal, id, redirect, "CAMPAIGN_PAUSED", "Paused: nothing more goes out until you resume.",
				() -> this.desk.pause(id));
	}

	@PostMapping("/console/campaigns/{id}/resume")
	String resume(Principal principal, @PathVariable String id, RedirectAttributes redirect) {
		return act(principal, id, redirect, "CAMPAIGN_RESUMED", "Resumed.", () -> this.desk.resume(id));
	}

	@PostMapping("/console/campaigns/{id}/cancel")
	String cancel(Principal principal, @PathVariable String id, RedirectAttributes redirect) {
		return act(principal, id, redirect, "CAMPAIGN_CANCELLED", "Cancelled: what was not sent will not be.",
				() -> this.desk.cancel(id));
	}

	@PostMapping("/console/campaigns/{id}/test")
	String test(Principal principal, @PathVariable String id, @RequestParam(required = false) String channel,
			@RequestParam(required = false) String to, RedirectAttributes redirect) {
		if (to == null || to.isBlank() || channel == null || !(channel.equals("TELEGRAM") || channel.equals("SMS"))) {
			redirect.addFlashAttribute("problem", "Choose a channel and give your own number or Telegram chat id.");
			return "redirect:/console/campaigns/" + id;
		}
		return act(principal, id, redirect, "CAMPAIGN_TEST_SENT", "Test queued: it is marked [TEST].",
				() -> this.desk.testSend(id, Channel.valueOf(channel), to.strip()));
	}

	@ExceptionHandler(CampaignDesk.NotFound.class)
	String notFound(CampaignDesk.NotFound ex, Model model, HttpServletRequest request, HttpServletResponse response) {
		model.addAllAttributes(this.frame.model(request));
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		model.addAttribute("message", ex.getMessage());
		return "console/not-found";
	}

	private String act(Principal principal, String id, RedirectAttributes redirect, String action, String done,
			Runnable work) {
		try {
			work.run();
			this.audit.record(principal.getName(), action, "campaign:" + id, null);
			if (done != null) {
				redirect.addFlashAttribute("done", done);
			}
		}
		catch (CampaignRuleException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/console/campaigns/" + id;
	}

	private String form(CampaignForm form, FormErrors errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("topics", CampaignTopic.values());
		model.addAttribute("wards", this.wards.all());
		model.addAttribute("surveys", this.surveys.all());
		model.addAttribute("smsLength", smsLength(form.smsText(), this.desk.smsLength(form.smsText(), form.options(),
				form.surveyId())));
		model.addAttribute("surveyLabel", this.desk.surveyButtonLabel());
		return "console/campaign-new";
	}

	/** What the console says of a text message's length; the console's script says the same as it is typed. */
	private static String smsLength(String smsText, SmsLength length) {
		return smsText == null || smsText.isBlank() ? "Nothing written yet." : length.describe();
	}

	/** The names of a campaign's wards, for its page. */
	private List<String> wardNames(Campaign campaign) {
		return campaign.wards().stream().map(id -> this.wards.find(id).map(Wards.Ward::name).orElse(id)).toList();
	}
}
