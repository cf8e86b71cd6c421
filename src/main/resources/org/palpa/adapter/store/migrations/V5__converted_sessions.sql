-- Schema version 5: chunks in the compact encoding (version 2, see docs/records.md), which needs no
-- new table, and the ledger entry that records a session converted to it by
-- palpa sessions migrate: kind CONVERTED, with the chain head it replaced. Older entries have none.
ALTER TABLE ledger ADD COLUMN replaced_head TEXT;
