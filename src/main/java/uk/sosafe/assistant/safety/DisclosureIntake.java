package uk.sosafe.assistant.safety;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.ConversationFlow;
import uk.sosafe.assistant.conversation.spi.Disclosure;
import uk.sosafe.assistant.conversation.spi.HandledAs;
import uk.sosafe.assistant.conversation.spi.InboundMessage;
import uk.sosafe.assistant.conversation.spi.Reply;
import uk.sosafe.assistant.conversation.spi.ReplyOption;
import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.conversation.spi.Turn;
import uk.sosafe.assistant.safety.SafeguardingCase.Contact;

/**
 * Passing a disclosure to the partnership, only with a yes: the disclosure reply offers it; this flow
 * then asks only what is needed (may we contact you, how, when is safe, which area), each step
 * skippable, and opens the case with a reference. Nothing is ever required; "pause" and "menu" leave
 * at any step (the engine handles them) and nothing is passed on.
 */
@Component
class DisclosureIntake implements ConversationFlow {

	static final String NAME = "disclosure-intake";

	static final String OFFER = "case:offer";

	private static final String CONTACT = "case:contact:";

	private static final int MAX_ANSWER = 200;

	private final CaseDrafts drafts;

	private final CaseIntake intake;

	private final MessageSource messages;

	DisclosureIntake(CaseDrafts drafts, CaseIntake intake, MessageSource messages) {
		this.drafts = drafts;
		this.intake = intake;
		this.messages = messages;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Optional<String> startArgument(InboundMessage message) {
		return message.isOption() && message.option().equals(OFFER) ? Optional.of("") : Optional.empty();
	}

	@Override
	public FlowStep start(ResidentId resident, Channel channel, String argument) {
		if (this.drafts.find(resident).isEmpty()) {
			return FlowStep.end(Turn.of(HandledAs.COMMAND, Reply.text(phrase("case.intake.gone"))));
		}
		return FlowStep.next(askContact(), State.CONTACT.name());
	}

	@Override
	public FlowStep handle(InboundMessage message, String state) {
		State step = State.valueOf(state.split(";", 2)[0]);
		String[] saved = state.split(";", -1);
		boolean skipped = !message.isOption() && message.text().strip().equalsIgnoreCase("skip");
		return switch (step) {
			case CONTACT -> {
				Optional<Contact> contact = skipped ? Optional.of(Contact.NONE) : contact(message);
				if (contact.isEmpty()) {
					yield FlowStep.next(askContact(), state);
				}
				yield contact.get() == Contact.CALL
						? FlowStep.next(Turn.of(HandledAs.COMMAND, Reply.text(phrase("case.intake.times"))), State.TIMES + ";CALL")
						: FlowStep.next(askArea(), State.AREA + ";" + contact.get().name());
			}
			case TIMES -> {
				this.drafts.rememberSafeTimes(message.resident(), skipped ? null : answer(message));
				yield FlowStep.next(askArea(), State.AREA + ";CALL");
			}
			case AREA -> finish(message.resident(), Contact.valueOf(saved[1]), skipped ? null : answer(message));
		};
	}

	private FlowStep finish(ResidentId resident, Contact contact, String area) {
		Optional<CaseDrafts.Draft> draft = this.drafts.find(resident);
		if (draft.isEmpty()) {
			return FlowStep.end(Turn.of(HandledAs.COMMAND, Reply.text(phrase("case.intake.gone"))));
		}
		SafeguardingCase opened = this.intake.open(resident, draft.get(), contact, draft.get().safeTimes(), area);
		String text = phrase("case.intake.done", opened.reference()) + "\n\n"
				+ phrase("case.intake.done.contact." + contact.name().toLowerCase(Locale.ROOT)) + "\n\n"
				+ phrase("safety.disclosure.danger-line");
		return FlowStep.end(Turn.of(HandledAs.DISCLOSURE, Reply.withOptions(text,
				List.of(new ReplyOption(phrase("option.menu"), "menu"))))
			.withDisclosure(new Disclosure(opened.category(), opened.emergency()))
			.withCaseRef(opened.reference()));
	}

	private Turn askContact() {
		return Turn.of(HandledAs.COMMAND, Reply.withOptions(phrase("case.intake.contact"), List.of(
				new ReplyOption(phrase("case.option.chat"), CONTACT + "chat"),
				new ReplyOption(phrase("case.option.call"), CONTACT + "call"),
				new ReplyOption(phrase("case.option.none"), CONTACT + "none"))));
	}

	private Turn askArea() {
		return Turn.of(HandledAs.COMMAND, Reply.text(phrase("case.intake.area")));
	}

	private static Optional<Contact> contact(InboundMessage message) {
		if (!message.isOption() || !message.option().startsWith(CONTACT)) {
			return Optional.empty();
		}
		return switch (message.option().substring(CONTACT.length())) {
			case "chat" -> Optional.of(Contact.CHAT);
			case "call" -> Optional.of(Contact.CALL);
			case "none" -> Optional.of(Contact.NONE);
			default -> Optional.empty();
		};
	}

	private static String answer(InboundMessage message) {
		String text = message.content().strip();
		return text.isEmpty() ? null : text.length() > MAX_ANSWER ? text.substring(0, MAX_ANSWER) : text;
	}

	private String phrase(String key, Object... args) {
		return this.messages.getMessage(key, args, Locale.ENGLISH);
	}

	private enum State {
		CONTACT, TIMES, AREA
	}
}
