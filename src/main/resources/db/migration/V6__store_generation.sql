-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.
-- Counts the write transactions ever committed to the store: every one increments it under the write lock, so that
-- any instance can tell with one primary-key read whether what it answered before is still what the store holds.
ALTER TABLE write_lock ADD COLUMN generation BIGINT DEFAULT 0 NOT NULL;
