package uk.sosafe.assistant.conversation.spi;

/**
 * An option offered to the resident: a button on Telegram and web, a numbered line on SMS.
 *
 * @param label what the resident sees
 * @param value what comes back when it is chosen (at most 64 bytes, to fit Telegram callback data)
 */
public record ReplyOption(String label, String value) {
}
