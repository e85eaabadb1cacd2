package uk.sosafe.assistant.channel.web;

/** A message from the web chat: either typed text or the value of an option offered before. */
record ChatRequest(String text, String option) {
}
