/** An append-only, hash-chained audit trail of what staff and the system did, searchable and verifiable. */
package uk.sosafe.assistant.audit;
