package uk.sosafe.assistant.staff;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import uk.sosafe.assistant.privacy.PersonalData;
import uk.sosafe.assistant.privacy.Resealable;
import uk.sosafe.assistant.privacy.SealedColumns;
import uk.sosafe.assistant.privacy.SealedColumns.Column;

/** The staff module's part of a key rotation: authenticator app keys re-sealed. */
@Configuration(proxyBeanMethods = false)
class StaffKeys {

	@Bean
	Resealable staffSealedColumns(JdbcClient jdbc, PersonalData personalData, PlatformTransactionManager transactions) {
		return new SealedColumns("staff", jdbc, personalData, transactions, Column.of("staff_accounts", "id", "totp_secret_enc"));
	}
}
