package uk.sosafe.assistant.console;

import java.security.Principal;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.sosafe.assistant.audit.AuditTrail;
import uk.sosafe.assistant.campaign.Campaign;
import uk.sosafe.assistant.campaign.CampaignDesk;
import uk.sosafe.assistant.campaign.CampaignRuleException;
import uk.sosafe.assistant.campaign.CampaignTopic;
import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.Wards;

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

	CampaignPages(CampaignDesk desk, AuditTrail audit, ConsoleFrame frame, Wards wards) {
		this.desk = desk;
		this.audit = audit;
		this.frame = frame;
		this.wards = wards;
	}

	/** What was typed into the form, shown back when something is missing. */
	record Form(String title, String telegramText, String smsText, Set<String> topics, Set<String> wards, Set<String> channels,
			boolean urgent) {

		static Form empty() {
			return new Form("", "", "", Set.of(), Set.of(), Set.of(), false);
		}
	}

	@GetMapping("/console/campaigns")
	String list(Model model) {
		model.addAttribute("campaigns", this.desk.list());
		return "console/campaigns";
	}

	@GetMapping("/console/campaigns/new")
	String blank(Model model) {
		return form(Form.empty(), FormErrors.none(), model);
	}

	@PostMapping("/console/campaigns/new")
	String write(Principal principal, @RequestParam(required = false) String title,
			@RequestParam(required = false) String telegramText, @RequestParam(required = false) String smsText,
			@RequestParam(required = false) List<String> topics, @RequestParam(required = false) List<String> wards,
			@RequestParam(required = false) List<String> channels, @RequestParam(required = false) String urgent, Model model,
			RedirectAttributes redirect) {
		Form form = new Form(title == null ? "" : title, telegramText == null ? "" : telegramText,
				smsText == null ? "" : smsText, setOf(topics), setOf(wards), setOf(channels), urgent != null);
		Set<CampaignTopic> topicSet = new LinkedHashSet<>();
		form.topics().forEach(topic -> CampaignTopic.of(topic).ifPresent(topicSet::add));
		Set<Channel> channelSet = EnumSet.noneOf(Channel.class);
		form.channels().stream().filter(channel -> channel.equals("TELEGRAM") || channel.equals("SMS"))
			.forEach(channel -> channelSet.add(Channel.valueOf(channel)));
		try {
			Campaign written = this.desk.write(principal.getName(), new Campaign.Content(form.title(), blankToNull(form.telegramText()),
					blankToNull(form.smsText()), topicSet, knownWards(form.wards()), channelSet, form.urgent()));
			this.audit.record(principal.getName(), "CAMPAIGN_WRITTEN", "campaign:" + written.id(), null);
			redirect.addFlashAttribute("done", "Campaign saved as a draft. Someone else must approve it before it can be sent.");
			return "redirect:/console/campaigns/" + written.id();
		}
		catch (CampaignRuleException ex) {
			return form(form, FormErrors.none().add(field(ex.getMessage()), ex.getMessage()), model);
		}
	}

	@GetMapping("/console/campaigns/{id}")
	String view(Principal principal, @PathVariable String id, Model model) {
		Campaign campaign = this.desk.find(id);
		model.addAttribute("campaign", campaign);
		model.addAttribute("results", this.desk.results(id));
		model.addAttribute("author", campaign.author().equals(principal.getName()));
		model.addAttribute("smsLength", campaign.smsText() == null ? 0 : campaign.smsText().length());
		model.addAttribute("wardNames", wardNames(campaign));
		return "console/campaign";
	}

	@PostMapping("/console/campaigns/{id}/approve")
	String approve(Principal principal, @PathVariable String id, RedirectAttributes redirect) {
		return act(principal, id, redirect, "CAMPAIGN_APPROVED", "Approved: it can now be sent.",
				() -> this.desk.approve(id, principal.getName()));
	}

	@PostMapping("/console/campaigns/{id}/send")
	String send(Principal principal, @PathVariable String id, RedirectAttributes redirect) {
		return act(principal, id, redirect, "CAMPAIGN_SENT", "Sending: messages go out at each channel's pace "
				+ "(not in quiet hours unless urgent).", () -> this.desk.send(id, null));
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
			redirect.addFlashAttribute("done", done);
		}
		catch (CampaignRuleException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/console/campaigns/" + id;
	}

	private String form(Form form, FormErrors errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("topics", CampaignTopic.values());
		model.addAttribute("wards", this.wards.all());
		return "console/campaign-new";
	}

	/** Which field a rule's message is about, for the error summary's link. */
	private static String field(String message) {
		String lower = message.toLowerCase(java.util.Locale.ROOT);
		if (lower.contains("title")) {
			return "title";
		}
		if (lower.contains("topic")) {
			return "topics";
		}
		if (lower.contains("sms text")) {
			return "smsText";
		}
		if (lower.contains("telegram text")) {
			return "telegramText";
		}
		return "channels";
	}

	private Set<String> knownWards(Set<String> chosen) {
		Set<String> known = new LinkedHashSet<>();
		chosen.forEach(ward -> this.wards.find(ward).ifPresent(found -> known.add(found.id())));
		return known;
	}

	/** The names of a campaign's wards, for its page. */
	private List<String> wardNames(Campaign campaign) {
		return campaign.wards().stream().map(id -> this.wards.find(id).map(Wards.Ward::name).orElse(id)).toList();
	}

	private static Set<String> setOf(List<String> values) {
		return values == null ? Set.of() : new LinkedHashSet<>(values);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}
}
