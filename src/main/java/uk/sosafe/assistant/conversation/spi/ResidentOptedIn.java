package uk.sosafe.assistant.conversation.spi;

/** Published when a resident's address that had opted out takes messages again (START, unblocking the bot). */
public record ResidentOptedIn(ResidentId resident, Channel channel, String how) {
}
