package uk.sosafe.assistant.safety;

/**
 * What the safety check found in a message.
 *
 * @param category a disclosure category from the contract list
 * @param emergency whether someone is in danger now
 */
record Concern(String category, boolean emergency) {
}
