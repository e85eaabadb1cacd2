package uk.sosafe.assistant.safety;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.Reply;
import uk.sosafe.assistant.conversation.spi.ReplyOption;
import uk.sosafe.assistant.conversation.spi.StaffMessages;

/**
 * Case work from Telegram. An officer links their account once ({@code /link CODE}); then Claim and
 * Show details in a team's alert work for them, details come to their private chat with the bot, and
 * a reply to a case message there goes to the resident. Presses from unlinked accounts, disabled staff or
 * another team are refused. Each platform update is acted on once, however often it is delivered.
 */
@Component
class ChatOfficers implements StaffMessages {

	static final String CLAIM = "staff:claim:";

	static final String SHOW = "staff:show:";

	private static final Logger log = LoggerFactory.getLogger(ChatOfficers.class);

	private static final Pattern REFERENCE = Pattern.compile("\\bSS-[2-9A-HJKMNP-Z]{4}\\b");

	private static final Pattern COMMAND = Pattern.compile("^/(link|unlink|cases|case|close)(?:@\\w+)?(?:\\s+(.*))?$",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.UK)
		.withZone(ZoneId.of("Europe/London"));

	private final CaseDesk desk;

	private final OfficerLinks links;

	private final TeamNotices notices;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final Clock clock;

	ChatOfficers(CaseDesk desk, OfficerLinks links, TeamNotices notices, JdbcClient jdbc, MessageSource messages,
			Clock clock) {
		this.desk = desk;
		this.links = links;
		this.notices = notices;
		this.jdbc = jdbc;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public Optional<Handled> take(StaffMessage message) {
		if (message.channel() != Channel.TELEGRAM) {
			return Optional.empty();
		}
		if (message.option() != null) {
			return message.option().startsWith("staff:") ? Optional.of(once(message, () -> press(message))) : Optional.empty();
		}
		if (!message.privateChat()) {
			return Optional.empty();
		}
		Matcher command = COMMAND.matcher(message.text().strip());
		if (command.matches()) {
			String argument = command.group(2) == null ? "" : command.group(2).strip();
			return Optional.of(once(message, () -> command(message, command.group(1).toLowerCase(Locale.ROOT), argument)));
		}
		Optional<String> reference = referenceIn(message.quoted());
		if (reference.isPresent() && !message.text().isBlank() && this.links.officerAt(message.channel(), message.account()).isPresent()) {
			return Optional.of(once(message, () -> reply(message, reference.get())));
		}
		return Optional.empty();
	}

	/**
	 * Acts on an update the first time it is seen; a redelivery is answered without acting again. The
	 * update is marked seen after the action, so an action that failed half-way is tried again.
	 */
	private Handled once(StaffMessage message, Supplier<Handled> action) {
		boolean seen = this.jdbc.sql("SELECT COUNT(*) FROM staff_updates_seen WHERE channel = :channel AND external_id = :id")
			.param("channel", message.channel().name())
			.param("id", message.externalId())
			.query(Integer.class)
			.single() > 0;
		if (seen) {
			return new Handled(phrase("staff.done-already"));
		}
		Handled handled = action.get();
		this.jdbc.sql("INSERT INTO staff_updates_seen (channel, external_id, at) VALUES (:channel, :id, :at) ON CONFLICT DO NOTHING")
			.param("channel", message.channel().name())
			.param("id", message.externalId())
			.param("at", this.clock.millis())
			.update();
		return handled;
	}

	private Handled press(StaffMessage message) {
		if (!this.notices.telegramOn()) {
			return new Handled(phrase("staff.telegram-off"));
		}
		Optional<CaseDesk.Officer> officer = this.links.officerAt(message.channel(), message.account());
		if (officer.isEmpty()) {
			log.info("Refused a case button from a Telegram account not linked to an officer");
			return new Handled(phrase("staff.not-linked"));
		}
		String option = message.option();
		String reference = option.substring(option.lastIndexOf(':') + 1);
		try {
			if (option.startsWith(CLAIM)) {
				CaseDesk.Details claimed = this.desk.claim(officer.get(), reference);
				this.notices.toAccount(message.account(), details(claimed, officer.get()));
				return new Handled(phrase("staff.claimed", reference));
			}
			if (option.startsWith(SHOW)) {
				this.notices.toAccount(message.account(), details(this.desk.view(officer.get(), reference), officer.get()));
				return new Handled(phrase("staff.details-sent", reference));
			}
			return new Handled(phrase("staff.unknown"));
		}
		catch (CaseRuleException ex) {
			log.info("Refused {} on case {} from Telegram: {}", option.substring(0, option.lastIndexOf(':')), reference,
					ex.rule());
			return new Handled(refusal(ex, reference));
		}
		catch (CaseDesk.NotFound ex) {
			return new Handled(ex.getMessage());
		}
	}

	private Handled command(StaffMessage message, String command, String argument) {
		if (!this.notices.telegramOn()) {
			return answer(message, phrase("staff.telegram-off"));
		}
		if (command.equals("link")) {
			return answer(message, this.links.redeem(message.channel(), message.account(), argument)
				.map(username -> phrase("staff.linked", this.links.nameOf(username)))
				.orElseGet(() -> phrase("staff.link-refused")));
		}
		Optional<CaseDesk.Officer> officer = this.links.officerAt(message.channel(), message.account());
		if (officer.isEmpty()) {
			return answer(message, phrase("staff.not-linked"));
		}
		try {
			return switch (command) {
				case "unlink" -> answer(message, this.links.unlink(officer.get().username()) ? phrase("staff.unlinked")
						: phrase("staff.not-linked"));
				case "cases" -> answer(message, list(officer.get()));
				case "case" -> {
					String reference = referenceIn(argument.toUpperCase(Locale.ROOT)).orElse(argument);
					this.notices.toAccount(message.account(), details(this.desk.view(officer.get(), reference), officer.get()));
					yield new Handled(phrase("staff.details-sent", reference));
				}
				default -> close(message, officer.get(), argument);
			};
		}
		catch (CaseRuleException ex) {
			return answer(message, refusal(ex, referenceIn(argument.toUpperCase(Locale.ROOT)).orElse("")));
		}
		catch (CaseDesk.NotFound ex) {
			return answer(message, ex.getMessage());
		}
	}

	private Handled close(StaffMessage message, CaseDesk.Officer officer, String argument) {
		Matcher reference = REFERENCE.matcher(argument.toUpperCase(Locale.ROOT));
		if (!reference.lookingAt()) {
			return answer(message, phrase("staff.close-how"));
		}
		String outcome = argument.substring(reference.end()).strip();
		if (outcome.isEmpty()) {
			return answer(message, phrase("staff.close-how"));
		}
		this.desk.close(officer, reference.group(), outcome);
		return answer(message, phrase("staff.closed", reference.group()));
	}

	private Handled reply(StaffMessage message, String reference) {
		CaseDesk.Officer officer = this.links.officerAt(message.channel(), message.account()).orElseThrow();
		if (!this.notices.telegramOn()) {
			return answer(message, phrase("staff.telegram-off"));
		}
		try {
			this.desk.reply(officer, reference, message.text());
			return answer(message, phrase("staff.replied", reference));
		}
		catch (CaseRuleException ex) {
			return answer(message, refusal(ex, reference));
		}
		catch (CaseDesk.NotFound ex) {
			return answer(message, ex.getMessage());
		}
	}

	private String list(CaseDesk.Officer officer) {
		List<CaseDesk.Summary> open = this.desk.casesFor(officer).stream()
			.filter(found -> found.status() != CaseStatus.CLOSED)
			.toList();
		if (open.isEmpty()) {
			return phrase("staff.no-cases");
		}
		StringBuilder text = new StringBuilder(phrase("staff.cases-heading"));
		open.forEach(found -> text.append('\n')
			.append(found.reference()).append(" · ").append(CaseIntake.categoryWords(found.category()))
			.append(found.emergency() ? " · URGENT" : "")
			.append(" · ").append(status(found.status(), found.claimedBy(), officer))
			.append(" · ").append(WHEN.format(found.createdAt())));
		return text.toString();
	}

	/** The case in full, for the officer's private chat only. */
	private Reply details(CaseDesk.Details found, CaseDesk.Officer officer) {
		StringBuilder text = new StringBuilder();
		text.append(phrase("staff.details.heading", found.reference(), CaseIntake.categoryWords(found.category()),
				found.emergency() ? phrase("case.alert.urgent") : phrase("case.alert.not-urgent")));
		text.append('\n').append(phrase("staff.details.status", status(found.status(), found.claimedBy(), officer)));
		text.append('\n').append(phrase("staff.details.contact",
				phrase("case.alert.contact." + found.contact().name().toLowerCase(Locale.ROOT))));
		if (found.safeTimes() != null) {
			text.append('\n').append(phrase("staff.details.times", found.safeTimes()));
		}
		if (found.area() != null) {
			text.append('\n').append(phrase("staff.details.area", found.area()));
		}
		text.append("\n\n").append(phrase("staff.details.wrote", WHEN.format(found.createdAt()))).append('\n')
			.append(found.disclosure());
		found.followUps().forEach(followUp -> text.append("\n\n")
			.append(phrase("staff.details.since", WHEN.format(followUp.at()))).append('\n').append(followUp.text()));
		text.append("\n\n").append(phrase(found.status() == CaseStatus.CLOSED ? "staff.details.closed"
				: found.contact() == SafeguardingCase.Contact.CHAT ? "staff.details.how-to-reply" : "staff.details.how-to-close",
				found.reference()));
		if (found.status() == CaseStatus.NEW) {
			return Reply.withOptions(text.toString(),
					List.of(new ReplyOption(phrase("case.option.claim"), CLAIM + found.reference())));
		}
		return Reply.text(text.toString());
	}

	private String status(CaseStatus status, String claimedBy, CaseDesk.Officer officer) {
		if (claimedBy == null) {
			return phrase("staff.status." + status.name().toLowerCase(Locale.ROOT));
		}
		String who = claimedBy.equals(officer.username()) ? phrase("staff.you") : this.links.nameOf(claimedBy);
		return phrase("staff.status." + status.name().toLowerCase(Locale.ROOT) + ".by", who);
	}

	private String refusal(CaseRuleException ex, String reference) {
		return switch (ex.rule()) {
			case NOT_YOUR_TEAM -> phrase("staff.other-team", reference);
			case ALREADY_CLAIMED -> this.desk.claimerOf(reference)
				.map(who -> phrase("staff.already-claimed", reference, this.links.nameOf(who)))
				.orElseGet(ex::getMessage);
			default -> ex.getMessage();
		};
	}

	/** Answers in the officer's private chat (a press's toast would be lost on a typed command). */
	private Handled answer(StaffMessage message, String text) {
		this.notices.toAccount(message.account(), Reply.text(text));
		return new Handled(text);
	}

	private static Optional<String> referenceIn(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher reference = REFERENCE.matcher(text);
		return reference.find() ? Optional.of(reference.group()) : Optional.empty();
	}

	private String phrase(String key, Object... args) {
		return this.messages.getMessage(key, args, Locale.ENGLISH);
	}
}
