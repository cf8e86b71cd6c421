-- Schema version 4: sessions recorded for training (palpa live --student S --class C). One row per
-- session that has a student; sessions without one have no row, so older readers are unaffected.
-- The student code is a pseudonym like a client code. Kept beside the session, outside its
-- integrity chain (like a client's display name).
CREATE TABLE session_trainees (
  session_id BIGINT PRIMARY KEY REFERENCES sessions(id),
  student_code TEXT NOT NULL,
  class_name TEXT
);
CREATE INDEX session_trainees_student ON session_trainees(student_code);
CREATE INDEX session_trainees_class ON session_trainees(class_name);
