/** The content base: loads articles, indexes them with Lucene, finds the best answer and formats it per channel. */
package uk.sosafe.assistant.knowledge;
