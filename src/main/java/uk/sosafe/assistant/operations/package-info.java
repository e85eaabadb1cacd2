/**
 * Running the service: a resident's subject-access export and erasure, retention runs, database backups
 * and the metrics that operators watch.
 */
package uk.sosafe.assistant.operations;
