package uk.sosafe.assistant.conversation.spi;

/**
 * Published when a resident's address stopped taking messages (SMS STOP, a Telegram block, a carrier
 * opt-out), with how, free of personal data; each module that sends unprompted messages honours it.
 */
public record ResidentOptedOut(ResidentId resident, Channel channel, String how) {
}
