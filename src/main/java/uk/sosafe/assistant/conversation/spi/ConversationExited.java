package uk.sosafe.assistant.conversation.spi;

/** Published when a resident used the quick exit: channels end the session and clear what they can. */
public record ConversationExited(ResidentId resident, Channel channel) {
}
