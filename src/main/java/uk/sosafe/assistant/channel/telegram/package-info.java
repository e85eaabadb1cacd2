/**
 * The Telegram channel: long polling or a webhook writes each update to the inbox before Telegram is
 * acknowledged; a gateway renders replies as HTML with inline keyboards and sends them through the
 * outbox. Uses the telegrambots library; nothing else in the system sees it.
 */
package uk.sosafe.assistant.channel.telegram;
