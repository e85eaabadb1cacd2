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
 * turn, the conversation state and the transcript are saved in one transaction.
 */
@Service
public class ConversationEngine {

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

	ConversationEngine(SafetyCheck safety, List<ConversationFlow> flows, Commands commands, KnowledgeBase knowledge,
			AnswerReplies answers, Conversations conversations, Transcript transcript, Phrases phrases,
			ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactionManager,
			ResidentDirectory residents) {
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
	}

	/**
	 * Handles a message and returns the replies; throws {@link UnknownOptionException} for an option not
	 * offered. Deciding (safety, search) runs outside any transaction, so the single database connection
	 * is held only for the short write of the transcript and state at the end.
	 */
	public Turn handle(InboundMessage message) {
		String residentId = message.resident().value();
		Conversation conversation = this.conversations.findById(residentId)
			.orElseGet(() -> Conversation.start(residentId, this.clock.instant()));
		if (message.isOption() && !conversation.offered(message.option())) {
			throw new UnknownOptionException();
		}
		if (message.isOption() && message.option().equals(Commands.FORGET_CONFIRM)) {
			this.transactions.executeWithoutResult(status -> this.events.publishEvent(new ResidentForgotten(message.resident())));
			return this.commands.forgotten();
		}
		boolean exiting = isExit(message);
		Turn turn = exiting ? exit(conversation) : decide(message, conversation);
		List<Reply> replies = turn.replies();
		conversation.offer(replies.isEmpty() ? List.of() : replies.get(replies.size() - 1).options(), this.clock.instant());
		this.transactions.executeWithoutResult(status -> {
			this.residents.seen(message.resident());
			this.transcript.recordInbound(message);
			this.conversations.save(conversation);
			this.transcript.recordOutbound(message.resident(), turn);
			if (exiting) {
				this.events.publishEvent(new ConversationExited(message.resident(), message.channel()));
			}
		});
		return turn;
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
				return safetyTurn.get();
			}
		}
		if (conversation.inFlow() && this.flows.containsKey(conversation.mode())) {
			return continueFlow(message, conversation);
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
				return apply(flow.start(message.resident(), message.channel(), argument.get()), flow, conversation);
			}
		}
		return answerOrFallback(message);
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
