package uk.sosafe.assistant.channel.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Web chat settings. Rate limits are off unless set.
 *
 * @param rateLimit limits per client address and per session
 */
@ConfigurationProperties("sosafe.web")
record WebChatProperties(RateLimit rateLimit) {

	WebChatProperties {
		rateLimit = rateLimit == null ? new RateLimit(null, null) : rateLimit;
	}

	/**
	 * @param sessionsPerMinute new sessions one client address may open a minute (unset: no limit)
	 * @param messagesPerMinute messages one session may send a minute (unset: no limit)
	 */
	record RateLimit(Integer sessionsPerMinute, Integer messagesPerMinute) {
	}
}
