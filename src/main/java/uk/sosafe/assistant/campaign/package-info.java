/**
 * Campaigns: residents' opt-in subscriptions (with an append-only consent ledger), and awareness
 * campaigns that comms staff write, a second person approves, and the outbox sends to each subscribed
 * resident once, in the campaign lane, within each channel's limits, never to an opted-out or
 * protected resident, and not in quiet hours unless urgent.
 */
package uk.sosafe.assistant.campaign;
