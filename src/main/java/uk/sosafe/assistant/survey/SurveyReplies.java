package uk.sosafe.assistant.survey;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import uk.sosafe.assistant.conversation.spi.HandledAs;
import uk.sosafe.assistant.conversation.spi.Reply;
import uk.sosafe.assistant.conversation.spi.ReplyOption;
import uk.sosafe.assistant.conversation.spi.SurveyInvitation;
import uk.sosafe.assistant.conversation.spi.Turn;
import uk.sosafe.assistant.survey.Question.Choice;
import uk.sosafe.assistant.survey.Question.Type;

/**
 * What residents see of a survey, the same on every channel: text with options, which Telegram and
 * the web show as buttons and SMS as a numbered list. Fixed wording comes from the {@code survey.*}
 * phrases; the survey's own wording from its file.
 */
@Component
class SurveyReplies {

	static final String INTRO = SurveyInvitation.INTRO;

	static final String BEGIN = "survey:begin:";

	static final String REDO = "survey:redo:";

	static final String REVIEW = "survey:review:";

	static final String KEEP = "survey:keep";

	static final String LATER = "survey:later";

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String TOKEN_LETTERS = "abcdefghijkmnpqrstuvwxyz23456789";

	private final MessageSource messages;

	/** Whether an option leads into a survey (intro, start, review, change, keep, later) rather than answering one. */
	static boolean isWayIn(String option) {
		return option.startsWith(INTRO) || option.startsWith(BEGIN) || option.startsWith(REDO) || option.startsWith(REVIEW)
				|| option.equals(KEEP) || option.equals(LATER);
	}

	SurveyReplies(MessageSource messages) {
		this.messages = messages;
	}

	/** The title, what it is for, what happens to the answers, and Start or Not now. */
	Turn intro(SurveyDefinition survey) {
		return intro(survey, null);
	}

	/** The introduction, whose Start carries the source of the invitation that led here, if any. */
	Turn intro(SurveyDefinition survey, String source) {
		String text = survey.title() + "\n\n" + survey.intro() + "\n\n" + survey.consent() + "\n\n"
				+ phrase(survey.anonymous() ? "survey.anonymous" : "survey.named");
		String start = BEGIN + new SurveyInvitation(survey.id(), source).idAndSource();
		return survey(Reply.withOptions(text, List.of(new ReplyOption(phrase("survey.option.start"), start),
				new ReplyOption(phrase("survey.option.later"), LATER))));
	}

	Turn choose(List<SurveyDefinition> open, List<String> begun) {
		List<ReplyOption> options = open.stream()
			.map(survey -> new ReplyOption(begun.contains(survey.id()) ? phrase("survey.option.carry-on", survey.title())
					: survey.title(), INTRO + survey.id()))
			.toList();
		return survey(Reply.withOptions(phrase("survey.choose"), options));
	}

	/**
	 * A question, with {@code lead} before it (a hint, or "welcome back"), the choices listed, and Skip
	 * or Done where they apply. Each choice goes out under a fresh random value, returned in
	 * {@link Asked#offered()} for reading the answer.
	 */
	Asked question(Question question, List<Choice> listed, List<String> chosenSoFar, String lead) {
		StringBuilder text = new StringBuilder();
		if (lead != null) {
			text.append(lead).append("\n\n");
		}
		text.append(question.text());
		if (!chosenSoFar.isEmpty()) {
			text.append("\n\n").append(phrase("survey.multiple.chosen",
					String.join(", ", chosenSoFar.stream().map(question::labelOf).toList())));
		}
		if (!question.required() && !question.type().isChosen()) {
			text.append("\n\n").append(phrase("survey.say-skip"));
		}
		Map<String, String> offered = new LinkedHashMap<>();
		List<ReplyOption> options = new ArrayList<>();
		for (Choice choice : listed) {
			String token = token(offered);
			offered.put(token, choice.value());
			options.add(new ReplyOption(choice.label(), AnswerReader.OPTION + token));
		}
		if (question.type() == Type.MULTIPLE_CHOICE) {
			options.add(new ReplyOption(phrase("survey.option.done"), AnswerReader.DONE));
		}
		else if (question.type().isChosen() && !question.required()) {
			options.add(new ReplyOption(phrase("survey.option.skip"), AnswerReader.SKIP));
		}
		return new Asked(survey(Reply.withOptions(text.toString(), options)), offered);
	}

	Turn already(SurveyDefinition survey) {
		if (survey.anonymous()) {
			return survey(Reply.text(phrase("survey.already.anonymous")));
		}
		return survey(Reply.withOptions(phrase("survey.already"), List.of(
				new ReplyOption(phrase("survey.option.review"), REVIEW + survey.id()),
				new ReplyOption(phrase("survey.option.redo"), REDO + survey.id()),
				new ReplyOption(phrase("survey.option.keep"), KEEP))));
	}

	/** A named survey's answers, read back to the resident who gave them. */
	Turn review(SurveyDefinition survey, Answers answers) {
		StringBuilder text = new StringBuilder(phrase("survey.review"));
		for (Question question : survey.questions()) {
			List<String> given = answers.of(question.id());
			if (!given.isEmpty()) {
				text.append("\n\n").append(question.text()).append("\n")
					.append(String.join(", ", given.stream().map(question::labelOf).toList()));
			}
		}
		return survey(Reply.withOptions(text.toString(), List.of(
				new ReplyOption(phrase("survey.option.redo"), REDO + survey.id()),
				new ReplyOption(phrase("survey.option.keep"), KEEP))));
	}

	Turn end(SurveyDefinition survey) {
		return survey(Reply.withOptions(survey.end(), List.of(new ReplyOption(phrase("option.menu"), "menu"))));
	}

	/** A fixed phrase on its own, as a survey turn. */
	Turn say(String key, Object... arguments) {
		return survey(Reply.text(phrase(key, arguments)));
	}

	String phrase(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.ENGLISH);
	}

	private static Turn survey(Reply reply) {
		return Turn.of(HandledAs.SURVEY, reply);
	}

	private static String token(Map<String, String> taken) {
		String token;
		do {
			StringBuilder letters = new StringBuilder();
			for (int i = 0; i < 6; i++) {
				letters.append(TOKEN_LETTERS.charAt(RANDOM.nextInt(TOKEN_LETTERS.length())));
			}
			token = letters.toString();
		}
		while (taken.containsKey(token));
		return token;
	}

	/** A question as sent, with what each option value stands for. */
	record Asked(Turn turn, Map<String, String> offered) {
	}
}
