package uk.sosafe.assistant.conversation.spi;

/** Published when a resident asked to be forgotten: each module erases its own data about them. */
public record ResidentForgotten(ResidentId resident) {
}
