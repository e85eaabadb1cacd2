package uk.sosafe.assistant.conversation;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.ChannelGateway;
import uk.sosafe.assistant.conversation.spi.InboundMessage;
import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.conversation.spi.Residents;

import static org.assertj.core.api.Assertions.assertThat;

/** Push-channel messages through the inbox: once each, in order per resident, replies in the right lane. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = { "sosafe.inbox.workers=0",
		"sosafe.outbox.dispatch=false", "sosafe.knowledge.reload-check=0s" })
class InboxJourneyTest {

	@Autowired
	JdbcInbox inbox;

	@Autowired
	InboxProcessor processor;

	@Autowired
	Residents residents;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void dataFolder(DynamicPropertyRegistry registry) throws IOException {
		String folder = Files.createTempDirectory("sosafe-inbox-").toString();
		registry.add("sosafe.data-dir", () -> folder);
	}

	@Test
	void aRedeliveredMessageIsAcceptedOnceAndAnsweredOnce() {
		ResidentId resident = resident();
		InboundMessage message = message(resident, "update-1001", "what is cuckooing");

		assertThat(this.inbox.accept(message)).isTrue();
		assertThat(this.inbox.accept(message)).isFalse();
		drain();

		assertThat(outboxLanes(resident)).containsExactly(1);
	}

	@Test
	void oneResidentsMessagesAreHandledInOrderOneAtATime() {
		ResidentId resident = resident();
		this.inbox.accept(message(resident, "a-1", "hello"));
		this.inbox.accept(message(resident, "a-2", "what is county lines"));

		JdbcInbox.Claimed first = this.inbox.claimNext().orElseThrow();

		assertThat(first.message().externalId()).startsWith("a-1-");
		assertThat(this.inbox.claimNext()).isEmpty();
		this.inbox.finish(first.id(), "DONE", null);
		assertThat(this.inbox.claimNext().orElseThrow().message().externalId()).startsWith("a-2-");
	}

	@Test
	void dangerRepliesGoInTheSafetyLaneAndOtherResidentsAreNotHeldUp() {
		ResidentId inDanger = resident();
		ResidentId asking = resident();
		this.inbox.accept(message(inDanger, "d-1", "he has a knife and is shouting at me, im hiding in the bathroom"));
		this.inbox.accept(message(asking, "q-1", "how do i report a scam text"));

		drain();

		assertThat(outboxLanes(inDanger)).containsExactly(0);
		assertThat(outboxLanes(asking)).containsExactly(1);
	}

	@Test
	void aMessageLeftByACrashedWorkerIsHandledWhenItsLeaseRunsOut() {
		ResidentId resident = resident();
		this.inbox.accept(message(resident, "c-1", "what is clares law"));
		this.jdbc.sql("UPDATE inbox SET lease_owner = 'dead-worker', lease_until = 1 WHERE resident_id = :r")
			.param("r", resident.value()).update();

		drain();

		assertThat(this.jdbc.sql("SELECT status FROM inbox WHERE resident_id = :r").param("r", resident.value())
			.query(String.class).single())
			.isEqualTo("DONE");
		assertThat(outboxLanes(resident)).containsExactly(1);
	}

	@Test
	void aMessageThatKeepsFailingIsSetAsideSoItsResidentIsNotBlocked() {
		ResidentId resident = resident();
		this.inbox.accept(message(resident, "p-1", "what is cuckooing"));
		this.inbox.accept(message(resident, "p-2", "what is county lines"));
		this.jdbc.sql("UPDATE inbox SET attempts = :most, lease_until = 1 WHERE resident_id = :r AND external_id LIKE 'p-1-%'")
			.param("most", JdbcInbox.MAX_ATTEMPTS).param("r", resident.value()).update();

		drain();

		assertThat(this.jdbc.sql("SELECT status FROM inbox WHERE resident_id = :r ORDER BY id").param("r", resident.value())
			.query(String.class).list()).containsExactly("FAILED", "DONE");
	}

	private void drain() {
		while (this.processor.processNext()) {
			// handle everything waiting
		}
	}

	private ResidentId resident() {
		return this.residents.resolve(Channel.TELEGRAM, UUID.randomUUID().toString());
	}

	private static InboundMessage message(ResidentId resident, String externalId, String text) {
		return new InboundMessage(resident, Channel.TELEGRAM, externalId + "-" + resident.value(), text, null, Instant.now());
	}

	private List<Integer> outboxLanes(ResidentId resident) {
		return this.jdbc.sql("SELECT lane FROM outbox WHERE resident_id = :r ORDER BY id").param("r", resident.value())
			.query(Integer.class).list();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Gateway {

		@Bean
		ChannelGateway telegramThatAcceptsEverything() {
			return new RecordingGateway(Channel.TELEGRAM);
		}
	}
}
