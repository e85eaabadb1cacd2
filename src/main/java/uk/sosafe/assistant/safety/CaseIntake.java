package uk.sosafe.assistant.safety;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.Lane;
import uk.sosafe.assistant.conversation.spi.Outbox;
import uk.sosafe.assistant.conversation.spi.Reply;
import uk.sosafe.assistant.conversation.spi.ReplyOption;
import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.conversation.spi.Residents;
import uk.sosafe.assistant.safety.SafeguardingCase.Contact;

/**
 * Opens a case from a disclosure the resident agreed to pass on, routes it, and alerts the team through
 * the outbox's safety lane. Alerts carry the reference, category, urgency and consent: never the
 * disclosed words, never the resident's number or chat id.
 */
@Service
public class CaseIntake {

	private static final Logger log = LoggerFactory.getLogger(CaseIntake.class);

	/** Reference letters without look-alikes (no 0/O, 1/I/L). */
	private static final String REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Cases cases;

	private final CaseDrafts drafts;

	private final RoutingRules routing;

	private final Residents residents;

	private final Outbox outbox;

	private final MessageSource messages;

	private final Clock clock;

	private final boolean telegramAlerts;

	CaseIntake(Cases cases, CaseDrafts drafts, RoutingRules routing, Residents residents, Outbox outbox,
			MessageSource messages, Clock clock, @Value("${sosafe.safeguarding.telegram-alerts:true}") boolean telegramAlerts) {
		this.cases = cases;
		this.drafts = drafts;
		this.routing = routing;
		this.residents = residents;
		this.outbox = outbox;
		this.messages = messages;
		this.clock = clock;
		this.telegramAlerts = telegramAlerts;
	}

	/** Opens the case for the resident's waiting disclosure and alerts the team; returns it. */
	@Transactional
	SafeguardingCase open(ResidentId resident, CaseDrafts.Draft draft, Contact contact, String safeTimes, String area) {
		Instant now = this.clock.instant();
		RoutingRules.Team team = this.routing.firstTeam(draft.category(), now);
		String reference = newReference();
		SafeguardingCase opened = SafeguardingCase.open(UUID.randomUUID().toString(), reference, resident.value(),
				draft.category(), draft.emergency(), team.id(), contact, safeTimes, false, area, draft.sealedText(), now,
				now.plus(team.acknowledgeWithin()));
		this.cases.save(opened);
		this.drafts.discard(resident);
		alert(team, opened);
		log.info("Opened case {} ({}) for team {}", reference, draft.category(), team.id());
		return opened;
	}

	/** Alerts a team about a case: its Telegram chat (unless turned off) and its SMS number. */
	void alert(RoutingRules.Team team, SafeguardingCase safeguarding) {
		if (team.telegramChat() != null && this.telegramAlerts) {
			String reference = safeguarding.reference();
			this.outbox.enqueue(this.residents.resolve(Channel.TELEGRAM, team.telegramChat()),
					List.of(Reply.withOptions(phrase("case.alert.telegram", reference,
							categoryWords(safeguarding.category()), urgency(safeguarding), consent(safeguarding.contact()),
							team.acknowledgeWithin().toMinutes()),
							List.of(new ReplyOption(phrase("case.option.claim"), ChatOfficers.CLAIM + reference),
									new ReplyOption(phrase("case.option.details"), ChatOfficers.SHOW + reference)))),
					Lane.SAFETY);
		}
		if (team.sms() != null) {
			this.outbox.enqueue(this.residents.resolve(Channel.SMS, team.sms()),
					List.of(Reply.text(phrase("case.alert.sms", safeguarding.reference(),
							categoryWords(safeguarding.category())))),
					Lane.SAFETY);
		}
	}

	private String newReference() {
		for (int attempt = 0; attempt < 20; attempt++) {
			StringBuilder reference = new StringBuilder("SS-");
			for (int i = 0; i < 4; i++) {
				reference.append(REFERENCE_ALPHABET.charAt(RANDOM.nextInt(REFERENCE_ALPHABET.length())));
			}
			if (this.cases.findByReference(reference.toString()).isEmpty()) {
				return reference.toString();
			}
		}
		throw new IllegalStateException("Could not find a free case reference");
	}

	private String urgency(SafeguardingCase safeguarding) {
		return phrase(safeguarding.emergency() ? "case.alert.urgent" : "case.alert.not-urgent");
	}

	private String consent(Contact contact) {
		return phrase("case.alert.contact." + contact.name().toLowerCase(Locale.ROOT));
	}

	static String categoryWords(String category) {
		return category.replace('-', ' ');
	}

	private String phrase(String key, Object... args) {
		return this.messages.getMessage(key, args, Locale.ENGLISH);
	}
}
