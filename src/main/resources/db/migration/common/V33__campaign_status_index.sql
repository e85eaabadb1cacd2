-- The fan-out looks only at campaigns still to be sent or being sent; finished ones leave that set, and
-- this index keeps the look-up from reading every campaign ever sent.
CREATE INDEX campaigns_status_ix ON campaigns (status);
