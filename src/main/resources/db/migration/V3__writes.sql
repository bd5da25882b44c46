-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.
-- Documents arrive over the API now, from several clients and possibly several instances of the service.

-- The same text is one document: the id is a prefix of the hash, the full hash is unique too.
ALTER TABLE document ADD CONSTRAINT uq_document_sha256 UNIQUE (sha256);

-- One row, locked (SELECT ... FOR UPDATE) by every transaction that adds or removes a document, so that merges
-- run one at a time across all instances sharing the database: a merge reads the store to decide what is new.
CREATE TABLE write_lock (
    id INTEGER NOT NULL,
    CONSTRAINT pk_write_lock PRIMARY KEY (id)
);
INSERT INTO write_lock (id) VALUES (1);
