package uk.sosafe.assistant.conversation;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.ChannelGateway;
import uk.sosafe.assistant.conversation.spi.Lane;
import uk.sosafe.assistant.conversation.spi.Reply;
import uk.sosafe.assistant.conversation.spi.ResidentForgotten;
import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.system.SqliteDataTest;

import static org.assertj.core.api.Assertions.assertThat;

/** With a gateway present the dispatcher runs by itself: a queued message is sent without anyone asking. */
@SqliteDataTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({ ResidentDirectory.class, JdbcOutbox.class, OutboxDispatcher.class, ConversationMetrics.class, DailyUsage.class,
		OutboxDispatcherWakeUpTest.Gateway.class })
class OutboxDispatcherWakeUpTest {

	static final RecordingGateway GATEWAY = new RecordingGateway(Channel.TELEGRAM);

	@Autowired
	JdbcOutbox outbox;

	@Autowired
	ResidentDirectory residents;

	@Test
	void aQueuedMessageIsSentByTheRunningDispatcher() throws InterruptedException {
		ResidentId resident = this.residents.resolve(Channel.TELEGRAM, "123456789");

		this.outbox.enqueue(resident, List.of(Reply.text("woken")), Lane.REPLY);

		for (int i = 0; i < 100 && GATEWAY.sent.isEmpty(); i++) {
			Thread.sleep(50);
		}
		assertThat(GATEWAY.sent).containsExactly("123456789:woken");
		this.outbox.on(new ResidentForgotten(resident));
		this.residents.on(new ResidentForgotten(resident));
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Gateway {

		@Bean
		ChannelGateway telegramForTest() {
			return GATEWAY;
		}
	}
}
