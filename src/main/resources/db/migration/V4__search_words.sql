-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.
-- The words of each record's search_text, one per row: a text search looks up the words beginning with the query's
-- longest word through the primary key (a range scan), then compares search_text on those records only.
-- V5 (a Java migration, db.migration.V5__Fill_search_words) fills them for records stored before this version.

CREATE TABLE participant_word (
    participant_id VARCHAR(16) NOT NULL,
    word           VARCHAR(64) NOT NULL,
    CONSTRAINT pk_participant_word PRIMARY KEY (word, participant_id),
    CONSTRAINT fk_participant_word FOREIGN KEY (participant_id) REFERENCES participant (id)
);
CREATE INDEX ix_participant_word_participant ON participant_word (participant_id);

CREATE TABLE visit_word (
    visit_id VARCHAR(16) NOT NULL,
    word     VARCHAR(64) NOT NULL,
    CONSTRAINT pk_visit_word PRIMARY KEY (word, visit_id),
    CONSTRAINT fk_visit_word FOREIGN KEY (visit_id) REFERENCES visit (id)
);
CREATE INDEX ix_visit_word_visit ON visit_word (visit_id);
