/**
 * Several instances on one database: named leases so that a piece of work (a scheduled job, Telegram
 * long polling) runs on one instance at a time and moves to another when its holder dies; a register of
 * live instances, so limits meant for the whole service can be shared between them; and signals, so
 * that something done on one instance (re-indexing the content) is done on all. Everything is kept in
 * the database, as epoch milliseconds, and works the same on SQLite (one instance) and PostgreSQL.
 */
package uk.sosafe.assistant.cluster;
