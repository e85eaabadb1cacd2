package uk.sosafe.assistant.safety;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.sosafe.assistant.cluster.CommittedReads;
import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.ConversationFlow;
import uk.sosafe.assistant.conversation.spi.HandledAs;
import uk.sosafe.assistant.conversation.spi.InboundMessage;
import uk.sosafe.assistant.conversation.spi.Lane;
import uk.sosafe.assistant.conversation.spi.Reply;
import uk.sosafe.assistant.conversation.spi.ReplyOption;
import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.conversation.spi.Turn;
import uk.sosafe.assistant.privacy.PersonalData;

/**
 * While a resident's case is open and they chose contact in the chat, what they write goes to the team
 * (after the safety check, as always): kept encrypted with the case; the officer who claimed it gets the
 * words in their private chat with the bot, otherwise the team is told there is something new, without
 * the words. "menu" leaves for one message; closing the case ends the relay.
 */
@Component
class CaseRelay implements ConversationFlow {

	static final String NAME = "case-relay";

	private final Cases cases;

	private final JdbcClient jdbc;

	private final CommittedReads reads;

	private final PersonalData personalData;

	private final TeamNotices notices;

	private final MessageSource messages;

	private final Clock clock;

	CaseRelay(Cases cases, JdbcClient jdbc, CommittedReads reads, PersonalData personalData, TeamNotices notices,
			MessageSource messages, Clock clock) {
		this.cases = cases;
		this.jdbc = jdbc;
		this.reads = reads;
		this.personalData = personalData;
		this.notices = notices;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Optional<String> startArgument(InboundMessage message) {
		if (message.isOption() || message.text().isBlank()) {
			return Optional.empty();
		}
		return openCase(message.resident()).map(SafeguardingCase::id);
	}

	@Override
	public FlowStep start(InboundMessage message, String caseId) {
		return handle(message, caseId);
	}

	@Override
	public FlowStep start(ResidentId resident, Channel channel, String caseId) {
		throw new IllegalStateException("The relay starts from the resident's message");
	}

	@Override
	public FlowStep handle(InboundMessage message, String caseId) {
		Optional<SafeguardingCase> open = this.cases.findById(caseId)
			.filter(found -> found.status() != CaseStatus.CLOSED && found.contact() == SafeguardingCase.Contact.CHAT);
		if (open.isEmpty()) {
			return FlowStep.end(Turn.of(HandledAs.COMMAND, Reply.withOptions(phrase("case.relay.closed"),
					List.of(new ReplyOption(phrase("option.menu"), "menu")))));
		}
		relay(open.get(), message.content());
		return FlowStep.next(Turn.of(HandledAs.COMMAND, Reply.withOptions(phrase("case.relay.passed", open.get().reference()),
				List.of(new ReplyOption(phrase("option.menu"), "menu")))).withCaseRef(open.get().reference()), caseId);
	}

	/**
	 * Passes a message to the resident's open case, if they have one with contact in the chat: used when
	 * the safety check answers a message itself, so that what they said still reaches the officer.
	 */
	Optional<SafeguardingCase> passOnIfOpen(ResidentId resident, String text) {
		Optional<SafeguardingCase> open = openCase(resident);
		open.ifPresent(found -> relay(found, text));
		return open;
	}

	private void relay(SafeguardingCase open, String text) {
		this.jdbc.sql("INSERT INTO case_followups (case_id, text_enc, at) VALUES (:case, :text, :at)")
			.param("case", open.id())
			.param("text", this.personalData.encrypt(text))
			.param("at", this.clock.millis())
			.update();
		boolean toClaimer = open.claimedBy() != null
				&& this.notices.toOfficer(open.claimedBy(), Reply.text(phrase("case.relay.officer", open.reference(), text)));
		if (!toClaimer) {
			this.notices.toTeams(open, Reply.text(phrase("case.relay.alert", open.reference())), Lane.REPLY);
		}
	}

	private Optional<SafeguardingCase> openCase(ResidentId resident) {
		return this.reads.sql("""
				SELECT id FROM cases WHERE resident_id = :resident AND status <> 'CLOSED' AND contact = 'CHAT'
				ORDER BY created_at DESC LIMIT 1""")
			.param("resident", resident.value())
			.query(String.class)
			.optional()
			.flatMap(this.cases::findById);
	}

	private String phrase(String key, Object... args) {
		return this.messages.getMessage(key, args, Locale.ENGLISH);
	}
}
