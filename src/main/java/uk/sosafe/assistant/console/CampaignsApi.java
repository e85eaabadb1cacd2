package uk.sosafe.assistant.console;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.sosafe.assistant.campaign.Campaign;
import uk.sosafe.assistant.campaign.CampaignDesk;
import uk.sosafe.assistant.campaign.CampaignRuleException;
import uk.sosafe.assistant.campaign.CampaignStatus;
import uk.sosafe.assistant.campaign.CampaignTopic;
import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.Wards;
import uk.sosafe.assistant.survey.SurveyCatalogue;

/**
 * Campaigns over the staff API (COMMS and ADMIN): write, change, approve (not your own), test-send,
 * send or schedule, pause, resume, cancel, and the results.
 */
@RestController
@RequestMapping(path = "/api/v1/staff/campaigns", produces = MediaType.APPLICATION_JSON_VALUE)
class CampaignsApi {

	/** A campaign as staff see it. */
	record View(String id, String title, String telegramText, String smsText, List<String> topics, List<String> wards,
			List<String> channels, boolean urgent, List<String> options, String surveyId, Instant sendAt,
			CampaignStatus status, String author, String approvedBy, String startCode, int audience, Instant createdAt) {

		static View of(Campaign campaign) {
			return new View(campaign.id(), campaign.title(), campaign.telegramText(), campaign.smsText(), campaign.topics(),
					campaign.wards(), campaign.channels(), campaign.urgent(), campaign.options(), campaign.surveyId(),
					campaign.sendAt(), campaign.status(), campaign.author(), campaign.approvedBy(), campaign.startCode(),
					campaign.audience(), campaign.createdAt());
		}
	}

	static final class BadInput extends RuntimeException {

		BadInput(String message) {
			super(message);
		}
	}

	private final CampaignDesk desk;

	private final Wards wards;

	private final SurveyCatalogue surveys;

	CampaignsApi(CampaignDesk desk, Wards wards, SurveyCatalogue surveys) {
		this.desk = desk;
		this.wards = wards;
		this.surveys = surveys;
	}

	@GetMapping
	List<View> list() {
		return this.desk.list().stream().map(View::of).toList();
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<View> write(Authentication who, @RequestBody(required = false) CampaignDraft draft) {
		Campaign written = this.desk.write(who.getName(), required(draft).content(this.wards, this.surveys));
		return ResponseEntity.status(HttpStatus.CREATED).body(View.of(written));
	}

	@GetMapping("/{id}")
	View view(@PathVariable String id) {
		return View.of(this.desk.find(id));
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	View change(@PathVariable String id, @RequestBody(required = false) CampaignDraft draft) {
		return View.of(this.desk.change(id, required(draft).content(this.wards, this.surveys)));
	}

	@PostMapping("/{id}/approve")
	View approve(Authentication who, @PathVariable String id) {
		return View.of(this.desk.approve(id, who.getName()));
	}

	@PostMapping(path = "/{id}/test", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> test(@PathVariable String id, @RequestBody(required = false) Map<String, Object> body) {
		Object channel = body == null ? null : body.get("channel");
		Object to = body == null ? null : body.get("to");
		if (!(channel instanceof String channelName) || !(to instanceof String address) || address.isBlank()) {
			throw new BadInput("Give {\"channel\": \"SMS\" or \"TELEGRAM\", \"to\": your number or chat id}.");
		}
		Channel parsed;
		try {
			parsed = Channel.valueOf(channelName.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new BadInput("Unknown channel '" + channelName + "'; use TELEGRAM or SMS.");
		}
		this.desk.testSend(id, parsed, address.strip());
		return ResponseEntity.accepted().body(Map.of("queued", true));
	}

	/** Sends now, at {@code at} (an ISO instant or a London date and time), or at the planned time if it has one. */
	@PostMapping("/{id}/send")
	View send(@PathVariable String id, @RequestBody(required = false) Map<String, Object> body) {
		Object at = body == null ? null : body.get("at");
		return View.of(this.desk.send(id, at instanceof String text ? CampaignDraft.sendAtInstant(text) : null));
	}

	@PostMapping("/{id}/pause")
	View pause(@PathVariable String id) {
		return View.of(this.desk.pause(id));
	}

	@PostMapping("/{id}/resume")
	View resume(@PathVariable String id) {
		return View.of(this.desk.resume(id));
	}

	@PostMapping("/{id}/cancel")
	View cancel(@PathVariable String id) {
		return View.of(this.desk.cancel(id));
	}

	@GetMapping("/{id}/results")
	CampaignDesk.Results results(@PathVariable String id) {
		return this.desk.results(id);
	}

	private static CampaignDraft required(CampaignDraft draft) {
		if (draft == null) {
			throw new BadInput("Send the campaign as JSON: title, telegramText, smsText, topics, channels, wards, urgent, "
					+ "options, surveyId, sendAt.");
		}
		return draft;
	}

	@ExceptionHandler(CampaignRuleException.class)
	ResponseEntity<Map<String, Object>> refused(CampaignRuleException ex) {
		return problem(HttpStatus.CONFLICT, ex.getMessage());
	}

	@ExceptionHandler(BadInput.class)
	ResponseEntity<Map<String, Object>> badInput(BadInput ex) {
		return problem(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler(CampaignDesk.NotFound.class)
	ResponseEntity<Map<String, Object>> notFound(CampaignDesk.NotFound ex) {
		return problem(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	private static ResponseEntity<Map<String, Object>> problem(HttpStatus status, String message) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("status", status.value(), "error", status.getReasonPhrase(), "message", message));
	}
}
