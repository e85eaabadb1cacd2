package uk.sosafe.assistant.channel.sms;

import java.net.URI;
import java.time.Clock;

import com.twilio.http.TwilioRestClient;
import com.twilio.security.RequestValidator;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

import uk.sosafe.assistant.conversation.spi.DeliveryReports;
import uk.sosafe.assistant.conversation.spi.Inbox;
import uk.sosafe.assistant.conversation.spi.PlatformReachability;
import uk.sosafe.assistant.conversation.spi.Residents;

/**
 * Switches SMS on when the Twilio account, token and a sender (messaging service or number) are all set
 * in the environment, and only then.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SmsConfiguration.TwilioPresent.class)
@EnableConfigurationProperties(SmsProperties.class)
class SmsConfiguration {

	@Bean
	TwilioRestClient twilioRestClient(Environment environment, SmsProperties properties) {
		return new TwilioRestClient.Builder(environment.getProperty("TWILIO_ACCOUNT_SID").strip(),
				environment.getProperty("TWILIO_AUTH_TOKEN").strip())
			.httpClient(new RebasedHttpClient(properties.apiBaseUrl()))
			.build();
	}

	@Bean
	PlatformReachability smsReachability() {
		return new PlatformReachability(Clock.systemUTC());
	}

	/** Twilio's reachability in the health details (group "channels"); UNKNOWN, never DOWN, when not reached. */
	@Bean
	HealthIndicator smsHealthIndicator(PlatformReachability smsReachability) {
		return () -> (smsReachability.reachable() ? Health.up() : Health.unknown()).withDetails(smsReachability.details())
			.build();
	}

	@Bean
	SmsGateway smsGateway(TwilioRestClient client, Environment environment, SmsProperties properties,
			@Value("${sosafe.public-base-url:}") String publicBaseUrl, PlatformReachability smsReachability) {
		String service = blankToNull(environment.getProperty("TWILIO_MESSAGING_SERVICE_SID"));
		String from = blankToNull(environment.getProperty("TWILIO_FROM_NUMBER"));
		URI callback = publicBaseUrl.isBlank() ? null : URI.create(SmsWebhooks.publicUrl(publicBaseUrl, SmsWebhooks.STATUS));
		return new SmsGateway(client, new SmsGateway.Sender(service, service == null ? from : null), callback, properties,
				smsReachability);
	}

	@Bean
	SmsWebhooks.Receiver smsReceiver(Environment environment, SmsProperties properties, Inbox inbox, Residents residents,
			DeliveryReports reports, @Value("${sosafe.public-base-url:}") String publicBaseUrl) {
		return new SmsWebhooks.Receiver(new RequestValidator(environment.getProperty("TWILIO_AUTH_TOKEN").strip()),
				publicBaseUrl, properties, inbox, residents, reports);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** True when the account, token and a sender are set. */
	static final class TwilioPresent implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			Environment environment = context.getEnvironment();
			return present(environment, "TWILIO_ACCOUNT_SID") && present(environment, "TWILIO_AUTH_TOKEN")
					&& (present(environment, "TWILIO_MESSAGING_SERVICE_SID") || present(environment, "TWILIO_FROM_NUMBER"));
		}

		private static boolean present(Environment environment, String name) {
			String value = environment.getProperty(name);
			return value != null && !value.isBlank();
		}
	}
}
