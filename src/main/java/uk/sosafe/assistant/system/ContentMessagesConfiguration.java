package uk.sosafe.assistant.system;

import java.nio.charset.StandardCharsets;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Fixed phrases come from {@code content/messages}, so their wording is content that comms can edit
 * and that is re-read without a restart. A missing phrase is an error, never a silent key.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ContentMessagesConfiguration {

	@Bean
	MessageSource messageSource(SystemProperties properties) {
		ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
		messages.setBasename("file:" + properties.contentDir().toAbsolutePath().normalize() + "/messages/messages");
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		messages.setFallbackToSystemLocale(false);
		messages.setCacheSeconds(10);
		messages.setAlwaysUseMessageFormat(true);
		return messages;
	}
}
