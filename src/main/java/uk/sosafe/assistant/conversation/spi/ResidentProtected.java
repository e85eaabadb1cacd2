package uk.sosafe.assistant.conversation.spi;

/**
 * Published when a resident is marked protected (they disclosed domestic abuse, sexual violence or
 * stalking): nobody sends them anything unprompted, campaigns included, unless they chose a safe way
 * and time.
 */
public record ResidentProtected(ResidentId resident) {
}
