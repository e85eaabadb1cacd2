package uk.sosafe.assistant.conversation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long each kind of personal data is kept.
 *
 * @param webChat how long an idle web chat session and its transcript are kept
 * @param transcript how long any transcript line is kept
 * @param resident how long a Telegram or SMS resident who has gone quiet is kept (their address, state
 *        and everything linked to them); an opt-out outlives this, as a keyed hash
 * @param inbox how long a handled inbound message is kept (its text sealed) for tracing a problem
 * @param outbox how long a finished outbound message is kept (its text sealed) for delivery questions
 */
@ConfigurationProperties("sosafe.retention")
record RetentionProperties(@DefaultValue("24h") Duration webChat, @DefaultValue("90d") Duration transcript,
		@DefaultValue("365d") Duration resident, @DefaultValue("7d") Duration inbox, @DefaultValue("30d") Duration outbox) {
}
