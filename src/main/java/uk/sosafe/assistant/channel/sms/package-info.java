/**
 * The SMS channel through Twilio: signed webhooks write inbound texts to the inbox and answer at once
 * with empty TwiML; a gateway renders replies as short, segment-aware texts with numbered options and
 * sends them through the outbox with the REST API. Uses the Twilio SDK; nothing else in the system sees it.
 */
package uk.sosafe.assistant.channel.sms;
