package uk.sosafe.assistant.conversation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.ConversationFlow;
import uk.sosafe.assistant.conversation.spi.Disclosure;
import uk.sosafe.assistant.conversation.spi.HandledAs;
import uk.sosafe.assistant.conversation.spi.InboundMessage;
import uk.sosafe.assistant.conversation.spi.Reply;
import uk.sosafe.assistant.conversation.spi.ReplyOption;
import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.conversation.spi.Residents;
import uk.sosafe.assistant.conversation.spi.Turn;
import uk.sosafe.assistant.knowledge.Answer;
import uk.sosafe.assistant.knowledge.Article;
import uk.sosafe.assistant.knowledge.KnowledgeBase;
import uk.sosafe.assistant.safety.SafetyCheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/** The engine's order: safety first, always; then the active flow; then commands; then knowledge; then fallback. */
@SpringBootTest(properties = "sosafe.knowledge.reload-check=0s")
class EngineOrderTest {

	private static final Article ARTICLE = new Article("fraud-report", "Reporting fraud", "fraud", List.of("q"),
			"summary", "body", List.of("report-fraud"), List.of(), List.of("https://example.org"), LocalDate.of(2026, 1, 1));

	@MockitoBean
	SafetyCheck safety;

	@MockitoBean
	KnowledgeBase knowledge;

	@Autowired
	ConversationEngine engine;

	@Autowired
	Residents residents;

	@Autowired
	Transcript transcript;

	private ResidentId resident;

	@DynamicPropertySource
	static void dataFolder(DynamicPropertyRegistry registry) throws IOException {
		Path folder = Files.createTempDirectory("sosafe-engine-order-");
		registry.add("sosafe.data-dir", folder::toString);
	}

	@BeforeEach
	void newResident() {
		this.resident = this.residents.resolve(Channel.WEB, UUID.randomUUID().toString());
		given(this.safety.check(any())).willAnswer(call -> {
			InboundMessage message = call.getArgument(0);
			return message.text().contains("danger") ? Optional.of(Turn.of(HandledAs.EMERGENCY, Reply.withOptions("Call 999",
					List.of(new ReplyOption("Pass it on", "other:start"), new ReplyOption("Topics", "menu")))))
				.map(turn -> turn.withDisclosure(new Disclosure("other", true))) : Optional.empty();
		});
		given(this.knowledge.answer(anyString())).willReturn(Optional.of(new Answer(ARTICLE, 0.9)));
		given(this.knowledge.article("fraud-report")).willReturn(Optional.of(ARTICLE));
	}

	@Test
	void safetyComesBeforeAFlowAndTheFlowCarriesOnAfterwards() {
		handle("start test flow");

		assertThat(handle("help, danger").handledAs()).isEqualTo(HandledAs.EMERGENCY);
		assertThat(handle("next answer").replies().get(0).text()).isEqualTo("flow saw: next answer");
	}

	@Test
	void aFlowIsToldOfASafetyReplySoItCanAskAgain() {
		handle("start test flow");
		assertThat(handle("next answer").replies().get(1).text()).isEqualTo("state: started");

		handle("help, danger");

		assertThat(handle("next answer").replies().get(1).text()).isEqualTo("state: started, interrupted");
	}

	@Test
	void optionsOfASafetyReplyWorkInTheMiddleOfAFlow() {
		handle("start test flow");
		handle("help, danger");

		assertThat(choose("other:start").replies().get(0).text()).isEqualTo("other flow started");
		assertThat(handle("anything").replies().get(0).text()).isEqualTo("other flow saw: anything");

		handle("pause");
		handle("start test flow");
		handle("danger again");
		assertThat(choose("menu").handledAs()).isEqualTo(HandledAs.MENU);
		assertThat(handle("anything").handledAs()).as("the flow was left").isEqualTo(HandledAs.ANSWER);
	}

	@Test
	void whatAResidentAnswersInASurveyIsNotCopiedToTheTranscript() {
		handle("start test flow");
		handle("my secret survey answer");

		assertThat(this.transcript.of(this.resident)).filteredOn(entry -> entry.direction().equals("IN"))
			.extracting(Transcript.Entry::text)
			.contains("[survey answer]")
			.doesNotContain("my secret survey answer");
	}

	@Test
	void safetyComesBeforeCommandsAndKnowledge() {
		Turn turn = handle("danger menu");

		assertThat(turn.handledAs()).isEqualTo(HandledAs.EMERGENCY);
		verify(this.knowledge, never()).answer(anyString());
		verify(this.knowledge, never()).recordUnanswered(anyString());
	}

	@Test
	void anActiveFlowComesBeforeCommands() {
		handle("start test flow");

		assertThat(handle("about").replies().get(0).text()).isEqualTo("flow saw: about");
	}

	@Test
	void pauseAndMenuLeaveAFlow() {
		handle("start test flow");
		assertThat(handle("pause").replies().get(0).text()).contains("Paused");
		assertThat(handle("anything").handledAs()).isEqualTo(HandledAs.ANSWER);

		handle("start test flow");
		assertThat(handle("menu").handledAs()).isEqualTo(HandledAs.MENU);
	}

	@Test
	void commandsComeBeforeKnowledge() {
		assertThat(handle("help").handledAs()).isEqualTo(HandledAs.MENU);
		verify(this.knowledge, never()).answer(anyString());
	}

	@Test
	void knowledgeComesBeforeTheFallback() {
		Turn turn = handle("how do i report a scam");

		assertThat(turn.handledAs()).isEqualTo(HandledAs.ANSWER);
		assertThat(turn.articleId()).isEqualTo("fraud-report");
	}

	@Test
	void theFallbackComesLastAndRecordsTheGap() {
		given(this.knowledge.answer(anyString())).willReturn(Optional.empty());

		Turn turn = handle("what does the partnership think of this");

		assertThat(turn.handledAs()).isEqualTo(HandledAs.FALLBACK);
		assertThat(turn.replies().get(0).text()).contains("999");
		verify(this.knowledge).recordUnanswered("what does the partnership think of this");
	}

	private Turn choose(String option) {
		return this.engine.handle(new InboundMessage(this.resident, Channel.WEB, UUID.randomUUID().toString(), "", option,
				Instant.now()));
	}

	private Turn handle(String text) {
		return this.engine.handle(new InboundMessage(this.resident, Channel.WEB, UUID.randomUUID().toString(), text, null,
				Instant.now()));
	}

	@TestConfiguration
	static class TestFlow {

		@Bean
		ConversationFlow testFlow() {
			return new ConversationFlow() {

				@Override
				public String name() {
					return "test";
				}

				@Override
				public FlowStep start(ResidentId resident, Channel channel, String argument) {
					return FlowStep.next(Turn.of(HandledAs.SURVEY, Reply.text("flow started")), "started");
				}

				@Override
				public FlowStep handle(InboundMessage message, String state) {
					return FlowStep.next(Turn.of(HandledAs.SURVEY, List.of(Reply.text("flow saw: " + message.text()),
							Reply.text("state: " + state))), state);
				}

				@Override
				public String interrupted(String state) {
					return state + ", interrupted";
				}

				@Override
				public Optional<String> startArgument(InboundMessage message) {
					return "start test flow".equals(message.text()) ? Optional.of("") : Optional.empty();
				}
			};
		}

		/** A flow started by an option, as the disclosure intake is by "pass this on". */
		@Bean
		ConversationFlow otherFlow() {
			return new ConversationFlow() {

				@Override
				public String name() {
					return "other";
				}

				@Override
				public FlowStep start(ResidentId resident, Channel channel, String argument) {
					return FlowStep.next(Turn.of(HandledAs.COMMAND, Reply.text("other flow started")), "on");
				}

				@Override
				public FlowStep handle(InboundMessage message, String state) {
					return FlowStep.next(Turn.of(HandledAs.COMMAND, Reply.text("other flow saw: " + message.text())), state);
				}

				@Override
				public Optional<String> startArgument(InboundMessage message) {
					return message.isOption() && message.option().equals("other:start") ? Optional.of("") : Optional.empty();
				}
			};
		}
	}
}
