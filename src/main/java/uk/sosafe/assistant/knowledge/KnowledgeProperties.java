package uk.sosafe.assistant.knowledge;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the knowledge base.
 *
 * @param minConfidence below this confidence (0 to 1) a question gets the fallback, not an answer
 * @param reloadCheck how often the content folder is checked for changes (zero turns it off)
 */
@ConfigurationProperties("sosafe.knowledge")
public record KnowledgeProperties(@DefaultValue("0.2") double minConfidence,
		@DefaultValue("5s") Duration reloadCheck) {
}
