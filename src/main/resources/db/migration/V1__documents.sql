-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.
CREATE TABLE document (
    id           VARCHAR(16)              NOT NULL,
    name         VARCHAR(512)             NOT NULL,
    url          VARCHAR(2048),
    published_at DATE,
    language     VARCHAR(8),
    size_bytes   BIGINT                   NOT NULL,
    sha256       VARCHAR(64)              NOT NULL,
    text         TEXT                     NOT NULL,
    loaded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_document PRIMARY KEY (id)
);

CREATE INDEX ix_document_name ON document (name);
