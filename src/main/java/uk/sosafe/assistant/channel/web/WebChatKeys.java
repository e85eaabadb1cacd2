package uk.sosafe.assistant.channel.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import uk.sosafe.assistant.privacy.PersonalData;
import uk.sosafe.assistant.privacy.Resealable;
import uk.sosafe.assistant.privacy.SealedColumns;
import uk.sosafe.assistant.privacy.SealedColumns.Column;

/** The web chat's part of a key rotation: messages waiting for a chat page re-sealed. */
@Configuration(proxyBeanMethods = false)
class WebChatKeys {

	@Bean
	Resealable webChatSealedColumns(JdbcClient jdbc, PersonalData personalData, PlatformTransactionManager transactions) {
		return new SealedColumns("web-chat", jdbc, personalData, transactions, Column.of("web_mailbox", "id", "body_enc"));
	}
}
