/** Wiring only: the SQLite dialect, the data source, security, the clock and shared web error handling. */
package uk.sosafe.assistant.system;
