-- Which data key an opt-out's address hash was made under (a fingerprint of the key, not the key), so a
-- key rotation can tell the opt-outs it re-hashed from those of forgotten residents it could not.
-- NULL: made before this column, under the key of that time.
ALTER TABLE opt_outs ADD COLUMN hash_key TEXT;
