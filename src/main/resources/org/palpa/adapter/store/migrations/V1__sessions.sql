-- Palpa session records, schema version 1. {{ID}}, {{BLOB}} are filled in per database.
-- Times: *_at are UTC milliseconds since 1970; *_ns are nanoseconds on the device's clock.
CREATE TABLE clients (
  code TEXT PRIMARY KEY,
  display_name TEXT,
  created_at BIGINT NOT NULL
);
CREATE TABLE therapists (
  name TEXT PRIMARY KEY,
  created_at BIGINT NOT NULL
);
CREATE TABLE sessions (
  id {{ID}},
  client_code TEXT NOT NULL REFERENCES clients(code),
  therapist TEXT NOT NULL REFERENCES therapists(name),
  site TEXT NOT NULL,
  notes TEXT NOT NULL,
  started_at BIGINT NOT NULL,
  ended_at BIGINT,
  status TEXT NOT NULL CHECK (status IN ('recording', 'complete', 'interrupted')),
  end_reason TEXT,
  source TEXT NOT NULL,
  device_model TEXT NOT NULL,
  device_serial TEXT NOT NULL,
  device_firmware TEXT NOT NULL,
  device_rate_hz DOUBLE PRECISION NOT NULL,
  calibration_profile TEXT,
  calibration_hash TEXT,
  calibration_quality TEXT,
  target_min DOUBLE PRECISION NOT NULL,
  target_max DOUBLE PRECISION NOT NULL,
  target_unit TEXT NOT NULL,
  hold_ms BIGINT NOT NULL,
  ramp_min DOUBLE PRECISION NOT NULL,
  ramp_max DOUBLE PRECISION,
  filter TEXT NOT NULL,
  probe_area_cm2 DOUBLE PRECISION NOT NULL,
  frame_count BIGINT NOT NULL DEFAULT 0,
  lost_frames BIGINT NOT NULL DEFAULT 0,
  genesis_hash TEXT NOT NULL,
  chain_length BIGINT NOT NULL DEFAULT 0,
  chain_head TEXT NOT NULL,
  recorder_host TEXT,
  recorder_pid BIGINT
);
CREATE INDEX sessions_started ON sessions(started_at);
CREATE INDEX sessions_client ON sessions(client_code);
CREATE TABLE channels (
  session_id BIGINT NOT NULL REFERENCES sessions(id),
  channel INTEGER NOT NULL,
  label TEXT NOT NULL,
  unit TEXT NOT NULL,
  PRIMARY KEY (session_id, channel)
);
CREATE TABLE sample_chunks (
  session_id BIGINT NOT NULL REFERENCES sessions(id),
  chunk_index INTEGER NOT NULL,
  chain_seq BIGINT NOT NULL,
  first_timestamp_ns BIGINT NOT NULL,
  frame_count INTEGER NOT NULL,
  channel_count INTEGER NOT NULL,
  data {{BLOB}} NOT NULL,
  hash TEXT NOT NULL,
  PRIMARY KEY (session_id, chunk_index)
);
CREATE TABLE events (
  session_id BIGINT NOT NULL REFERENCES sessions(id),
  chain_seq BIGINT NOT NULL,
  timestamp_ns BIGINT NOT NULL,
  kind TEXT NOT NULL,
  value DOUBLE PRECISION,
  detail TEXT NOT NULL,
  hash TEXT NOT NULL,
  PRIMARY KEY (session_id, chain_seq)
);
CREATE TABLE holds (
  session_id BIGINT NOT NULL REFERENCES sessions(id),
  chain_seq BIGINT NOT NULL,
  channel INTEGER NOT NULL,
  hold_index INTEGER NOT NULL,
  contact_start_ns BIGINT NOT NULL,
  hold_start_ns BIGINT NOT NULL,
  hold_end_ns BIGINT NOT NULL,
  contact_end_ns BIGINT NOT NULL,
  time_in_band_ns BIGINT NOT NULL,
  time_over_ns BIGINT NOT NULL,
  mean DOUBLE PRECISION NOT NULL,
  peak DOUBLE PRECISION NOT NULL,
  cv DOUBLE PRECISION NOT NULL,
  ramp_rate_per_s DOUBLE PRECISION NOT NULL,
  ramp_rate_in_band INTEGER NOT NULL,
  outcome TEXT NOT NULL,
  unit TEXT NOT NULL,
  hash TEXT NOT NULL,
  PRIMARY KEY (session_id, chain_seq)
);
