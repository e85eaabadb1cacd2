package uk.sosafe.assistant.knowledge;

/** The article that best answers a question, with how sure the search is (0 to 1). */
public record Answer(Article article, double confidence) {
}
