package uk.sosafe.assistant.channel.sms;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * SMS settings. The Twilio account, token and sender are secrets, read from the environment
 * ({@code TWILIO_ACCOUNT_SID}, {@code TWILIO_AUTH_TOKEN}, {@code TWILIO_MESSAGING_SERVICE_SID} or
 * {@code TWILIO_FROM_NUMBER}).
 *
 * @param apiBaseUrl where Twilio's REST API is (a fake one in tests)
 * @param messagesPerSecond messages per second Twilio is asked to take (a UK long code takes about 1; a
 *        messaging service queues more)
 * @param dailyCapPerNumber segments one number may be sent per day (Europe/London), safety replies apart
 * @param dailyCapOverall segments all numbers together may be sent per day, safety replies apart
 * @param maxSegments the most segments one text may take; longer replies go as several texts
 * @param defaultRegion the region for numbers written without a country code
 */
@ConfigurationProperties("sosafe.sms")
record SmsProperties(@DefaultValue("https://api.twilio.com") URI apiBaseUrl, @DefaultValue("10") double messagesPerSecond,
		@DefaultValue("40") int dailyCapPerNumber, @DefaultValue("5000") int dailyCapOverall,
		@DefaultValue("3") int maxSegments, @DefaultValue("GB") String defaultRegion) {
}
