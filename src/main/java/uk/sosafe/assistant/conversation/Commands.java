package uk.sosafe.assistant.conversation;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import uk.sosafe.assistant.conversation.spi.HandledAs;
import uk.sosafe.assistant.conversation.spi.InboundMessage;
import uk.sosafe.assistant.conversation.spi.Reply;
import uk.sosafe.assistant.conversation.spi.ReplyOption;
import uk.sosafe.assistant.conversation.spi.Turn;

/** The commands residents can use anywhere: greeting, menu, about, forget, pause and skip, exit. */
@Component
class Commands {

	static final String FORGET_CONFIRM = "forget:confirm";

	static final String FORGET_CANCEL = "forget:cancel";

	private final Phrases phrases;

	private final Topics topics;

	private final AnswerReplies answers;

	Commands(Phrases phrases, Topics topics, AnswerReplies answers) {
		this.phrases = phrases;
		this.topics = topics;
		this.answers = answers;
	}

	Optional<Turn> handle(InboundMessage message) {
		if (message.isOption()) {
			return option(message);
		}
		return CommandWords.of(message.text()).map(this::command);
	}

	Turn greeting() {
		return Turn.of(HandledAs.GREETING, Reply.withOptions(this.phrases.get("greeting"), this.topics.options()));
	}

	Turn menu() {
		return Turn.of(HandledAs.MENU, Reply.withOptions(this.phrases.get("menu.prompt"), this.topics.options()));
	}

	/** The reply to a message that is out of scope: a greeting, a refusal or a redirect. */
	Turn scope(Scope.Kind kind) {
		return switch (kind) {
			case GREETING -> Turn.of(HandledAs.GREETING, Reply.withOptions(this.phrases.get("greeting.again"),
					this.topics.options()));
			case REFUSAL -> Turn.of(HandledAs.REFUSAL, Reply.withOptions(this.phrases.get("scope.refusal"),
					this.topics.options()));
			case COUNCIL -> Turn.of(HandledAs.OUT_OF_SCOPE, Reply.withOptions(this.phrases.get("scope.council"),
					this.topics.options()));
			case ELSEWHERE -> Turn.of(HandledAs.OUT_OF_SCOPE, Reply.withOptions(this.phrases.get("scope.elsewhere"),
					this.topics.options()));
		};
	}

	Turn forgotten() {
		return Turn.of(HandledAs.COMMAND, Reply.text(this.phrases.get("forget.done")));
	}

	private Turn command(CommandWords word) {
		return switch (word) {
			case GREETING -> greeting();
			case MENU -> menu();
			case ABOUT -> about();
			case FORGET -> Turn.of(HandledAs.COMMAND, Reply.withOptions(this.phrases.get("forget.confirm"),
					List.of(new ReplyOption(this.phrases.get("forget.option.confirm"), FORGET_CONFIRM),
							new ReplyOption(this.phrases.get("forget.option.cancel"), FORGET_CANCEL))));
			case PAUSE, SKIP, STOP -> Turn.of(HandledAs.COMMAND,
					Reply.withOptions(this.phrases.get("flow.nothing-to-pause"), this.topics.options()));
			case EXIT -> Turn.of(HandledAs.COMMAND, Reply.text(this.phrases.get("exit.done")));
		};
	}

	private Turn about() {
		return Turn.of(HandledAs.COMMAND, Reply.withOptions(this.phrases.get("about"), List.of(
				new ReplyOption(this.phrases.get("option.forget"), "forget"),
				new ReplyOption(this.phrases.get("option.menu"), "menu"))));
	}

	private Optional<Turn> option(InboundMessage message) {
		String option = message.option();
		if (option.startsWith(Topics.OPTION_PREFIX)) {
			return Optional.of(this.answers.topic(option.substring(Topics.OPTION_PREFIX.length())));
		}
		if (option.startsWith(AnswerReplies.OPTION_PREFIX)) {
			return this.answers.byOption(option, message.channel());
		}
		if (option.startsWith(AnswerReplies.MORE_PREFIX)) {
			return this.answers.more(option, message.channel());
		}
		if (option.equals(FORGET_CANCEL)) {
			return Optional.of(Turn.of(HandledAs.COMMAND,
					Reply.withOptions(this.phrases.get("forget.cancelled"), this.topics.options())));
		}
		return CommandWords.of(option).map(this::command);
	}
}
