package uk.sosafe.assistant.conversation.spi;

/** A disclosure noticed in a message: its contract category and whether someone is in danger now. */
public record Disclosure(String category, boolean emergency) {
}
