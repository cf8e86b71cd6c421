-- Schema version 6: indexes for a clinic's year of records (issue 16, item 5; docs/performance.md,
-- "Clinic scale"). Only indexes: no table or row changes, so older readers are unaffected.
-- sessions list --client/--therapist: the newest of one client's or therapist's sessions without a sort.
CREATE INDEX sessions_client_started ON sessions(client_code, started_at);
CREATE INDEX sessions_therapist_started ON sessions(therapist, started_at);
-- verify and export read a session's chunks in chain order; without this the database sorts every
-- chunk of the session, sample data and all, before the first one is checked.
CREATE INDEX sample_chunks_chain ON sample_chunks(session_id, chain_seq);
-- the hold tally of sessions list is counted from the index alone
CREATE INDEX holds_outcome ON holds(session_id, outcome);
