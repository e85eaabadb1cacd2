package uk.sosafe.assistant.conversation.spi;

/** A link shown with a reply. */
public record Link(String label, String url) {
}
