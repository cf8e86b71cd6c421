-- Schema version 3: the store's ledger and notes marked as added later.
-- ledger: append-only, hash-chained, Ed25519-signed entries, one when a session is created (OPENED)
-- and one with its chain head each time it ends or gets a note (SEALED); sessions already in the
-- store when it is upgraded are entered once (ADOPTED). See org.palpa.core.record.SessionLedger.
-- No foreign key to sessions: an entry must outlive a deleted session so the deletion is found.
CREATE TABLE ledger (
  seq BIGINT PRIMARY KEY,
  previous_hash TEXT NOT NULL,
  kind TEXT NOT NULL,
  session_id BIGINT NOT NULL,
  genesis_hash TEXT NOT NULL,
  chain_length BIGINT NOT NULL,
  chain_head TEXT NOT NULL,
  closing_hash TEXT NOT NULL,
  entered_at BIGINT NOT NULL,
  key_fingerprint TEXT,
  hash TEXT NOT NULL,
  signature TEXT
);
CREATE INDEX ledger_session ON ledger(session_id);
-- A note added after the session (palpa sessions note): when (UTC ms) and by whom; NULL for live events.
ALTER TABLE events ADD COLUMN added_at BIGINT;
ALTER TABLE events ADD COLUMN added_by TEXT;
