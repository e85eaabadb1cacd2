package uk.sosafe.assistant.survey;

/** A ward of Stevenage (or another answer to "where do you live", such as "not sure"), from {@code content/wards.yaml}. */
public record Ward(String id, String name) {
}
