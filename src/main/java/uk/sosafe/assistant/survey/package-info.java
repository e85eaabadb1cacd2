/**
 * Short surveys on every channel: definitions read and checked from {@code content/surveys}, the
 * runner flow, responses kept so that anonymous ones cannot be traced back, and results that never
 * show a group small enough to point at someone.
 */
package uk.sosafe.assistant.survey;
