package uk.sosafe.assistant.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.ConversationFlow;
import uk.sosafe.assistant.conversation.spi.HandledAs;
import uk.sosafe.assistant.conversation.spi.InboundMessage;
import uk.sosafe.assistant.conversation.spi.Reply;
import uk.sosafe.assistant.conversation.spi.ReplyOption;
import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.conversation.spi.Turn;
import uk.sosafe.assistant.conversation.spi.Wards;

/**
 * Subscribing and unsubscribing in the chat: "subscribe" (or "alerts", or "subscribe scams") offers the
 * topics, then asks (optionally: "skip") which ward the resident lives in, so campaigns for one area
 * reach them; a subscription counts only after the resident confirms it. "unsubscribe" (or "stop
 * texting me") ends one topic or all. Campaigns come by Telegram or text, so the web chat points there.
 */
@Component
class SubscribeFlow implements ConversationFlow {

	static final String NAME = "subscribe";

	private static final String TOPIC = "sub:topic:";

	private static final String WARD = "sub:ward:";

	private static final String SKIP = "skip";

	private static final String YES = "sub:yes";

	private static final String NO = "sub:no";

	private static final String UNSUB = "unsub:";

	private static final Pattern SUBSCRIBE = Pattern.compile(
			"^(?:/)?(?:subscribe|alerts|sign me up|sign up)(?:\\s+(?:to|for)\\s+|\\s+)?(.*?)(?:\\s+alerts)?[.!]*$");

	private static final Pattern UNSUBSCRIBE = Pattern.compile("^(?:/)?unsubscribe(?:\\s+(?:from\\s+)?(.*?))?(?:\\s+alerts)?[.!]*$");

	private static final Pattern STOP_SENDING = Pattern.compile(
			"^(?:please\\s+)?(?:stop|no more)\\s+(?:texting|messaging|sending|texts|messages|alerts)(?:\\s+(?:me|to me))?\\b.*$");

	private final Subscriptions subscriptions;

	private final Wards wards;

	private final MessageSource messages;

	SubscribeFlow(Subscriptions subscriptions, Wards wards, MessageSource messages) {
		this.subscriptions = subscriptions;
		this.wards = wards;
		this.messages = messages;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Optional<String> startArgument(InboundMessage message) {
		if (message.isOption()) {
			return Optional.empty();
		}
		String text = message.text().strip().toLowerCase(Locale.ROOT);
		if (STOP_SENDING.matcher(text).matches()) {
			return Optional.of(UNSUB + Subscriptions.ALL + ":free-text");
		}
		Matcher unsubscribe = UNSUBSCRIBE.matcher(text);
		if (unsubscribe.matches()) {
			String topic = unsubscribe.group(1) == null ? "" : unsubscribe.group(1).strip();
			return Optional.of(UNSUB + (topic.equals("all") || topic.equals("everything") ? Subscriptions.ALL : topic) + ":command");
		}
		Matcher subscribe = SUBSCRIBE.matcher(text);
		if (subscribe.matches()) {
			String topic = subscribe.group(1).strip();
			if (topic.isEmpty() || CampaignTopic.of(topic).isPresent()) {
				return Optional.of("sub:" + topic);
			}
		}
		return Optional.empty();
	}

	@Override
	public FlowStep start(ResidentId resident, Channel channel, String argument) {
		if (channel == Channel.WEB) {
			return FlowStep.end(turn(Reply.text(phrase("subscribe.web"))));
		}
		if (argument.startsWith(UNSUB)) {
			String[] parts = argument.substring(UNSUB.length()).split(":", 2);
			return unsubscribe(resident, channel, parts[0], parts[1]);
		}
		Optional<CampaignTopic> topic = CampaignTopic.of(argument.substring("sub:".length()));
		return topic.map(this::askWard)
			.orElseGet(() -> FlowStep.next(turn(Reply.withOptions(phrase("subscribe.which"), topicOptions())), "TOPIC"));
	}

	@Override
	public FlowStep handle(InboundMessage message, String state) {
		if (state.equals("TOPIC")) {
			Optional<CampaignTopic> topic = message.isOption() && message.option().startsWith(TOPIC)
					? CampaignTopic.of(message.option().substring(TOPIC.length())) : CampaignTopic.of(message.text());
			return topic.map(this::askWard)
				.orElseGet(() -> FlowStep.next(turn(Reply.withOptions(phrase("subscribe.which.again"), topicOptions())), state));
		}
		if (state.startsWith("WARD;")) {
			return chooseWard(message, CampaignTopic.of(state.substring("WARD;".length())).orElseThrow());
		}
		if (state.equals("UNSUB")) {
			String which = message.isOption() && message.option().startsWith(UNSUB) ? message.option().substring(UNSUB.length())
					: message.text().strip().toLowerCase(Locale.ROOT);
			if (which.equals(Subscriptions.ALL) || CampaignTopic.of(which).isPresent()) {
				return unsubscribe(message.resident(), message.channel(), which, "command");
			}
			return unsubscribe(message.resident(), message.channel(), "", "command");
		}
		CampaignTopic topic = CampaignTopic.of(state.substring("CONFIRM;".length())).orElseThrow();
		String answer = message.isOption() ? message.option() : message.text().strip().toLowerCase(Locale.ROOT);
		if (answer.equals(YES) || answer.equals("yes") || answer.equals("y")) {
			this.subscriptions.confirm(message.resident(), message.channel(), topic, "confirmed in the chat");
			return FlowStep.end(turn(Reply.withOptions(phrase("subscribe.done", topicWords(topic))
					+ (message.channel() == Channel.SMS ? " " + phrase("subscribe.done.sms") : ""),
					List.of(new ReplyOption(phrase("option.menu"), "menu")))));
		}
		if (answer.equals(NO) || answer.equals("no") || answer.equals("n")) {
			this.subscriptions.unsubscribe(message.resident(), message.channel(), topic, "declined to confirm");
			return FlowStep.end(turn(Reply.text(phrase("subscribe.not-done"))));
		}
		return askConfirm(message.resident(), message.channel(), topic, this.subscriptions.wardOf(message.resident(), topic)
			.flatMap(this.wards::find).orElse(null));
	}

	private FlowStep askWard(CampaignTopic topic) {
		return FlowStep.next(turn(Reply.withOptions(phrase("subscribe.ward"), wardOptions())), "WARD;" + topic.value());
	}

	/** A ward by button, number or name, or "skip"; anything else is asked again. */
	private FlowStep chooseWard(InboundMessage message, CampaignTopic topic) {
		String answer = message.isOption() && message.option().startsWith(WARD) ? message.option().substring(WARD.length())
				: message.text().strip().toLowerCase(Locale.ROOT);
		if (answer.equals(SKIP)) {
			return askConfirm(message.resident(), message.channel(), topic, null);
		}
		return this.wards.find(answer)
			.map(ward -> askConfirm(message.resident(), message.channel(), topic, ward))
			.orElseGet(() -> FlowStep.next(turn(Reply.withOptions(phrase("subscribe.ward.again"), wardOptions())),
					"WARD;" + topic.value()));
	}

	private FlowStep askConfirm(ResidentId resident, Channel channel, CampaignTopic topic, Wards.Ward ward) {
		this.subscriptions.request(resident, channel, topic, ward == null ? null : ward.id(), "asked in the chat");
		String asked = ward == null ? phrase("subscribe.confirm", topicWords(topic))
				: phrase("subscribe.confirm.ward", topicWords(topic), ward.name());
		return FlowStep.next(turn(Reply.withOptions(asked,
				List.of(new ReplyOption(phrase("subscribe.option.yes"), YES), new ReplyOption(phrase("subscribe.option.no"), NO)))),
				"CONFIRM;" + topic.value());
	}

	private FlowStep unsubscribe(ResidentId resident, Channel channel, String which, String how) {
		if (which.isEmpty()) {
			List<String> topics = this.subscriptions.confirmedTopics(resident);
			if (topics.isEmpty()) {
				return FlowStep.end(turn(Reply.text(phrase("unsubscribe.none"))));
			}
			List<ReplyOption> options = new ArrayList<>();
			topics.forEach(topic -> CampaignTopic.of(topic)
				.ifPresent(found -> options.add(new ReplyOption(topicWords(found), UNSUB + found.value()))));
			options.add(new ReplyOption(phrase("unsubscribe.option.all"), UNSUB + Subscriptions.ALL));
			return FlowStep.next(turn(Reply.withOptions(phrase("unsubscribe.which"), options)), "UNSUB");
		}
		Optional<CampaignTopic> topic = CampaignTopic.of(which);
		this.subscriptions.unsubscribe(resident, channel, topic.orElse(null), how);
		return FlowStep.end(turn(Reply.text(topic.map(found -> phrase("unsubscribe.done", topicWords(found)))
			.orElseGet(() -> phrase("unsubscribe.done.all")))));
	}

	private List<ReplyOption> topicOptions() {
		List<ReplyOption> options = new ArrayList<>();
		for (CampaignTopic topic : CampaignTopic.values()) {
			options.add(new ReplyOption(topicWords(topic), TOPIC + topic.value()));
		}
		return options;
	}

	private List<ReplyOption> wardOptions() {
		List<ReplyOption> options = new ArrayList<>();
		this.wards.all().forEach(ward -> options.add(new ReplyOption(ward.name(), WARD + ward.id())));
		options.add(new ReplyOption(phrase("subscribe.option.skip"), WARD + SKIP));
		return options;
	}

	private String topicWords(CampaignTopic topic) {
		return phrase("subscribe.topic." + topic.value());
	}

	private static Turn turn(Reply reply) {
		return Turn.of(HandledAs.COMMAND, reply);
	}

	private String phrase(String key, Object... args) {
		return this.messages.getMessage(key, args, Locale.ENGLISH);
	}
}
