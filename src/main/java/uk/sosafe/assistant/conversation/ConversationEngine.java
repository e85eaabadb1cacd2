package uk.sosafe.assistant.conversation;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.ConversationExited;
import uk.sosafe.assistant.conversation.spi.ConversationFlow;
import uk.sosafe.assistant.conversation.spi.ConversationFlow.FlowStep;
import uk.sosafe.assistant.conversation.spi.HandledAs;
import uk.sosafe.assistant.conversation.spi.InboundMessage;
import uk.sosafe.assistant.conversation.spi.Reply;
import uk.sosafe.assistant.conversation.spi.ResidentForgotten;
import uk.sosafe.assistant.conversation.spi.Turn;
import uk.sosafe.assistant.knowledge.KnowledgeBase;
import uk.sosafe.assistant.safety.SafetyCheck;

/**
 * Handles one inbound message in a fixed order: the safety check first, always; then the active flow;
 * then commands; then flows that the message starts; then the knowledge base; then a fallback. The
 * turn, the conversation state and the transcript are saved in one transaction, which concurrent turns
 * share ({@link GroupCommit}).
 */
@Service
public class ConversationEngine {

	/** The most of a message that is read and kept. */
	static final int MAX_TEXT = 4096;

	private final SafetyCheck safety;

	private final Map<String, ConversationFlow> flows;

	private final Commands commands;

	private final KnowledgeBase knowledge;

	private final AnswerReplies answers;

	private final Conversations conversations;

	private final Transcript transcript;

	private final Phrases phrases;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final ResidentDirectory residents;

	private final JdbcInbox inbox;

	private final ConversationMetrics metrics;

	private final GroupCommit groupCommit;

	ConversationEngine(SafetyCheck safety, List<ConversationFlow> flows, Commands commands, KnowledgeBase knowledge,
			AnswerReplies answers, Conversations conversations, Transcript transcript, Phrases phrases,
			ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactionManager,
			ResidentDirectory residents, JdbcInbox inbox, ConversationMetrics metrics, GroupCommit groupCommit) {
		this.safety = safety;
		this.flows = flows.stream().collect(Collectors.toMap(ConversationFlow::name, Function.identity()));
		this.commands = commands;
		this.knowledge = knowledge;
		this.answers = answers;
		this.conversations = conversations;
		this.transcript = transcript;
		this.phrases = phrases;
		this.events = events;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
		this.residents = residents;
		this.inbox = inbox;
		this.metrics = metrics;
		this.groupCommit = groupCommit;
	}

	/**
	 * Handles a message from a channel that answers at once (the web chat): the message is recorded in
	 * the inbox as handled, with the turn, in one transaction. Throws {@link UnknownOptionException} for
	 * an option not offered.
	 */
	public Turn handle(InboundMessage message) {
		return handle(message, (turn, notice) -> this.inbox.recordHandled(message));
	}

	/**
	 * Handles a message and passes the turn to {@code sink} inside the transaction that saves the state
	 * and transcript, so whatever the sink writes (the outbox, the inbox row) commits with them or not at
	 * all. Deciding (safety, search) runs outside any transaction, so the single database connection is
	 * held only for the short write at the end, which commits together with other turns' writes.
	 */
	Turn handle(InboundMessage received, TurnSink sink) {
		this.metrics.received(received.channel());
		Turn turn = decideAndRecord(received, sink);
		this.metrics.handled(received.channel(), turn);
		return turn;
	}

	private Turn decideAndRecord(InboundMessage received, TurnSink sink) {
		InboundMessage message = withinLimit(received);
		String residentId = message.resident().value();
		Conversation conversation = this.conversations.findById(residentId)
			.orElseGet(() -> Conversation.start(residentId, this.clock.instant()));
		InboundMessage chosen = numberedChoice(message, conversation);
		if (chosen.isOption() && !conversation.offered(chosen.option())) {
			throw new UnknownOptionException();
		}
		if (chosen.isOption() && chosen.option().equals(Commands.FORGET_CONFIRM)) {
			Turn farewell = this.commands.forgotten();
			this.transactions.executeWithoutResult(status -> {
				sink.accept(farewell, true);
				this.events.publishEvent(new ResidentForgotten(message.resident()));
			});
			return farewell;
		}
		Optional<Turn> keyword = smsKeyword(chosen);
		boolean exiting = keyword.isEmpty() && isExit(chosen);
		Turn turn = keyword.orElseGet(() -> exiting ? exit(conversation) : decide(chosen, conversation));
		List<Reply> replies = turn.replies();
		conversation.offer(replies.isEmpty() ? List.of() : replies.get(replies.size() - 1).options(), this.clock.instant());
		this.groupCommit.write(() -> {
			this.residents.seen(message.resident());
			this.transcript.recordInbound(message, turn.handledAs());
			this.conversations.save(conversation);
			this.transcript.recordOutbound(message.resident(), turn);
			if (exiting) {
				this.events.publishEvent(new ConversationExited(message.resident(), message.channel()));
			}
			sink.accept(turn, turn.handledAs() == HandledAs.NOTICE);
		});
		return turn;
	}

	/**
	 * Keeps a message to the longest a resident can send on Telegram (4,096 characters); anything longer
	 * came from a broken or hostile client and is cut there, so no step can be made slow by sheer size.
	 */
	private static InboundMessage withinLimit(InboundMessage message) {
		if (message.text().length() <= MAX_TEXT) {
			return message;
		}
		int end = Character.isHighSurrogate(message.text().charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT;
		return new InboundMessage(message.resident(), message.channel(), message.externalId(),
				message.text().substring(0, end), message.option(), message.receivedAt());
	}

	/** On SMS a bare number picks that line of the options last offered ("Reply 1, 2 or 3"). */
	private static InboundMessage numberedChoice(InboundMessage message, Conversation conversation) {
		if (message.channel() != Channel.SMS || message.isOption() || !message.text().strip().matches("[1-9][0-9]?")) {
			return message;
		}
		List<String> offered = conversation.offeredValues();
		int number = Integer.parseInt(message.text().strip());
		return number > offered.size() ? message
				: new InboundMessage(message.resident(), message.channel(), message.externalId(), message.text(),
						offered.get(number - 1), message.receivedAt());
	}

	/**
	 * SMS keywords come before everything, even safety and flows: STOP opts the number out of all
	 * messages (one confirmation, then silence), START opts back in, HELP says what this is and how to
	 * stop. A number that opted out hears nothing else.
	 */
	private Optional<Turn> smsKeyword(InboundMessage message) {
		if (message.channel() != Channel.SMS) {
			return Optional.empty();
		}
		Optional<SmsKeywords> keyword = message.isOption() ? Optional.empty() : SmsKeywords.of(message.text());
		boolean optedOut = this.residents.isOptedOut(message.resident());
		if (keyword.isPresent()) {
			switch (keyword.get()) {
				case OPT_OUT -> {
					this.residents.optOut(message.resident(), "texted a stop word");
					return Optional.of(Turn.of(HandledAs.NOTICE, Reply.text(this.phrases.get("sms.stopped"))));
				}
				case HELP -> {
					return Optional.of(Turn.of(HandledAs.NOTICE, Reply.text(this.phrases.get("sms.help"))));
				}
				case OPT_IN -> {
					if (optedOut) {
						this.residents.optIn(message.resident());
						return Optional.of(Turn.of(HandledAs.COMMAND, Reply.text(this.phrases.get("sms.started"))));
					}
				}
			}
		}
		return optedOut ? Optional.of(Turn.of(HandledAs.NOTICE, List.of())) : Optional.empty();
	}

	private static boolean isExit(InboundMessage message) {
		return CommandWords.of(message.content()).filter(CommandWords.EXIT::equals).isPresent();
	}

	private Turn exit(Conversation conversation) {
		conversation.leaveFlow();
		return Turn.of(HandledAs.COMMAND, Reply.text(this.phrases.get("exit.done")));
	}

	private Turn decide(InboundMessage message, Conversation conversation) {
		if (!message.isOption()) {
			Optional<Turn> safetyTurn = this.safety.check(message);
			if (safetyTurn.isPresent()) {
				interruptFlow(conversation);
				return safetyTurn.get();
			}
		}
		if (conversation.inFlow() && this.flows.containsKey(conversation.mode())) {
			Optional<Turn> elsewhere = message.isOption() ? optionOutsideFlow(message, conversation) : Optional.empty();
			return elsewhere.orElseGet(() -> continueFlow(message, conversation));
		}
		conversation.leaveFlow();
		Optional<Turn> command = this.commands.handle(message);
		if (command.isPresent()) {
			return command.get();
		}
		Optional<Turn> scoped = message.isOption() ? Optional.empty() : Scope.before(message.text()).map(this.commands::scope);
		if (scoped.isPresent()) {
			return scoped.get();
		}
		for (ConversationFlow flow : this.flows.values()) {
			Optional<String> argument = flow.startArgument(message);
			if (argument.isPresent()) {
				return apply(flow.start(message, argument.get()), flow, conversation);
			}
		}
		return answerOrFallback(message);
	}

	/** A safety reply in the middle of a flow: the flow stays active, and is told, so it can pick up again. */
	private void interruptFlow(Conversation conversation) {
		ConversationFlow flow = conversation.inFlow() ? this.flows.get(conversation.mode()) : null;
		if (flow != null) {
			conversation.enterFlow(flow.name(), flow.interrupted(conversation.flowState()));
		}
	}

	/**
	 * An option chosen during a flow that belongs elsewhere: one a safety reply offered ("pass this on",
	 * "who can help", "topics"). It is handled as it would be outside the flow, which it leaves; an option
	 * that neither another flow nor a command knows is the active flow's own.
	 */
	private Optional<Turn> optionOutsideFlow(InboundMessage message, Conversation conversation) {
		for (ConversationFlow other : this.flows.values()) {
			Optional<String> argument = other.name().equals(conversation.mode()) ? Optional.empty()
					: other.startArgument(message);
			if (argument.isPresent()) {
				return Optional.of(apply(other.start(message, argument.get()), other, conversation));
			}
		}
		Optional<Turn> command = this.commands.handle(message);
		command.ifPresent(turn -> conversation.leaveFlow());
		return command;
	}

	private Turn continueFlow(InboundMessage message, Conversation conversation) {
		Optional<CommandWords> word = message.isOption() ? Optional.empty() : CommandWords.of(message.text());
		if (word.filter(w -> leavesFlow(w, message.channel())).isPresent()) {
			conversation.leaveFlow();
			return word.get() == CommandWords.MENU ? this.commands.menu()
					: Turn.of(HandledAs.COMMAND, Reply.text(this.phrases.get("flow.paused")));
		}
		ConversationFlow flow = this.flows.get(conversation.mode());
		return apply(flow.handle(message, conversation.flowState()), flow, conversation);
	}

	private static boolean leavesFlow(CommandWords word, Channel channel) {
		return word == CommandWords.PAUSE || word == CommandWords.MENU
				|| (word == CommandWords.STOP && channel != Channel.SMS);
	}

	private static Turn apply(FlowStep step, ConversationFlow flow, Conversation conversation) {
		if (step.ended()) {
			conversation.leaveFlow();
		}
		else {
			conversation.enterFlow(flow.name(), step.state());
		}
		return step.turn();
	}

	private Turn answerOrFallback(InboundMessage message) {
		String text = message.content();
		if (!text.isBlank()) {
			Optional<Scope.Kind> elsewhere = Scope.plainlyElsewhere(text);
			if (elsewhere.isPresent()) {
				return this.commands.scope(elsewhere.get());
			}
			var answer = this.knowledge.answer(text);
			if (answer.isPresent()) {
				this.metrics.answered(answer.get().confidence());
				return this.answers.answer(answer.get().article(), message.channel());
			}
			Optional<Scope.Kind> outside = Scope.after(text);
			if (outside.isPresent()) {
				return this.commands.scope(outside.get());
			}
			this.knowledge.recordUnanswered(text);
		}
		return Turn.of(HandledAs.FALLBACK,
				Reply.withOptions(this.phrases.get("fallback"), this.commands.menu().replies().get(0).options()));
	}
}
