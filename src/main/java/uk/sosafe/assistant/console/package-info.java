/** Staff web pages and the staff REST API, over the other modules' public APIs. */
package uk.sosafe.assistant.console;
