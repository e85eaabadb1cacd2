/** Reading long lists of phrases quickly, for the modules whose rules are such lists; shared by every module. */
package uk.sosafe.assistant.text;
