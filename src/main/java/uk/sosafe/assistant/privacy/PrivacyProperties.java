package uk.sosafe.assistant.privacy;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Keys for personal data.
 *
 * @param dataKey base64 of 32 random bytes, from the environment ({@code SOSAFE_PRIVACY_DATA_KEY});
 * when absent a key is generated once into {@code keyFile}
 * @param keyFile where a generated key is kept (readable by the owner only)
 * @param previousDataKey during a key rotation, the key being replaced ({@code SOSAFE_PRIVACY_PREVIOUS_DATA_KEY}):
 * data sealed or hashed under it still opens and matches until the rotation has rewritten it
 */
@ConfigurationProperties("sosafe.privacy")
public record PrivacyProperties(String dataKey, Path keyFile, String previousDataKey) {
}
