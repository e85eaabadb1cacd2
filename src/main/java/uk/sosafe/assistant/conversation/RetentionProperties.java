package uk.sosafe.assistant.conversation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long each kind of personal data is kept.
 *
 * @param webChat how long an idle web chat session and its transcript are kept
 * @param transcript how long any transcript line is kept
 */
@ConfigurationProperties("sosafe.retention")
record RetentionProperties(@DefaultValue("24h") Duration webChat, @DefaultValue("90d") Duration transcript) {
}
