package uk.sosafe.assistant.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the assistant keeps its data and reads its content.
 *
 * @param dataDir folder for the SQLite file and generated keys, created on first start
 * @param contentDir folder holding articles, synonyms, surveys, routing and messages
 */
@ConfigurationProperties("sosafe")
public record SystemProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("./content") Path contentDir) {
}
