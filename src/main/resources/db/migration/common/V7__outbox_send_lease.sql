-- A row being sent carries a lease: if its sender stops mid-send, any instance applies the crash
-- policy once the lease has run out, without touching sends another live instance has in hand.
ALTER TABLE outbox ADD COLUMN lease_until BIGINT;
