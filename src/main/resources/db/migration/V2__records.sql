-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.
-- Records extracted from the documents, merged across documents: one row per event, person, partnership level or
-- agreement, with every source it was read from. Ids are 16 hex digits derived from each record's content.
-- Partial dates are kept as three nullable parts; earliest_date and latest_date bound the days a record can fall
-- on (null when its year is unknown) and serve the from/to filters and the date order.

CREATE TABLE participant (
    id          VARCHAR(16)      NOT NULL,
    name        VARCHAR(512)     NOT NULL,
    country     VARCHAR(2),
    best_rank   VARCHAR(32),
    search_text VARCHAR(8000)    NOT NULL,
    confidence  DOUBLE PRECISION NOT NULL,
    CONSTRAINT pk_participant PRIMARY KEY (id)
);
CREATE INDEX ix_participant_country ON participant (country);
CREATE INDEX ix_participant_best_rank ON participant (best_rank);
CREATE INDEX ix_participant_name ON participant (name);

-- Folded (lower case, no diacritics) name and aliases: how a person is recognised in another document.
CREATE TABLE participant_key (
    participant_id VARCHAR(16)  NOT NULL,
    folded         VARCHAR(512) NOT NULL,
    CONSTRAINT pk_participant_key PRIMARY KEY (participant_id, folded),
    CONSTRAINT fk_participant_key FOREIGN KEY (participant_id) REFERENCES participant (id)
);
CREATE INDEX ix_participant_key_folded ON participant_key (folded);

CREATE TABLE participant_alias (
    participant_id VARCHAR(16)  NOT NULL,
    position       INTEGER      NOT NULL,
    alias          VARCHAR(512) NOT NULL,
    CONSTRAINT pk_participant_alias PRIMARY KEY (participant_id, position),
    CONSTRAINT fk_participant_alias FOREIGN KEY (participant_id) REFERENCES participant (id)
);

CREATE TABLE participant_title (
    participant_id VARCHAR(16)  NOT NULL,
    position       INTEGER      NOT NULL,
    title          VARCHAR(512) NOT NULL,
    CONSTRAINT pk_participant_title PRIMARY KEY (participant_id, position),
    CONSTRAINT fk_participant_title FOREIGN KEY (participant_id) REFERENCES participant (id)
);

CREATE TABLE participant_source (
    participant_id VARCHAR(16) NOT NULL,
    position       INTEGER     NOT NULL,
    document_id    VARCHAR(16) NOT NULL,
    sentence       TEXT        NOT NULL,
    start_offset   INTEGER     NOT NULL,
    end_offset     INTEGER     NOT NULL,
    CONSTRAINT pk_participant_source PRIMARY KEY (participant_id, position),
    CONSTRAINT fk_participant_source FOREIGN KEY (participant_id) REFERENCES participant (id),
    CONSTRAINT fk_participant_source_document FOREIGN KEY (document_id) REFERENCES document (id)
);
CREATE INDEX ix_participant_source_document ON participant_source (document_id);

CREATE TABLE visit (
    id               VARCHAR(16)      NOT NULL,
    type             VARCHAR(32)      NOT NULL,
    category         VARCHAR(16)      NOT NULL,
    status           VARCHAR(16)      NOT NULL,
    guest_country    VARCHAR(2),
    host_country     VARCHAR(2),
    country_set      VARCHAR(512)     NOT NULL,
    location_city    VARCHAR(256),
    location_country VARCHAR(2),
    start_year       INTEGER,
    start_month      INTEGER,
    start_day        INTEGER,
    end_year         INTEGER,
    end_month        INTEGER,
    end_day          INTEGER,
    earliest_date    DATE,
    latest_date      DATE,
    search_text      VARCHAR(8000)    NOT NULL,
    confidence       DOUBLE PRECISION NOT NULL,
    CONSTRAINT pk_visit PRIMARY KEY (id)
);
CREATE INDEX ix_visit_merge ON visit (category, country_set);
CREATE INDEX ix_visit_type ON visit (type);
CREATE INDEX ix_visit_status ON visit (status);
CREATE INDEX ix_visit_guest_country ON visit (guest_country);
CREATE INDEX ix_visit_host_country ON visit (host_country);
CREATE INDEX ix_visit_earliest_date ON visit (earliest_date);
CREATE INDEX ix_visit_latest_date ON visit (latest_date);

CREATE TABLE visit_country (
    visit_id     VARCHAR(16) NOT NULL,
    country_code VARCHAR(2)  NOT NULL,
    CONSTRAINT pk_visit_country PRIMARY KEY (visit_id, country_code),
    CONSTRAINT fk_visit_country FOREIGN KEY (visit_id) REFERENCES visit (id)
);
CREATE INDEX ix_visit_country_code ON visit_country (country_code);

CREATE TABLE visit_participant (
    visit_id       VARCHAR(16)  NOT NULL,
    position       INTEGER      NOT NULL,
    participant_id VARCHAR(16)  NOT NULL,
    name           VARCHAR(512) NOT NULL,
    country        VARCHAR(2),
    role           VARCHAR(16)  NOT NULL,
    CONSTRAINT pk_visit_participant PRIMARY KEY (visit_id, position),
    CONSTRAINT fk_visit_participant FOREIGN KEY (visit_id) REFERENCES visit (id),
    CONSTRAINT fk_visit_participant_person FOREIGN KEY (participant_id) REFERENCES participant (id)
);
CREATE INDEX ix_visit_participant_participant ON visit_participant (participant_id);

CREATE TABLE visit_source (
    visit_id     VARCHAR(16) NOT NULL,
    position     INTEGER     NOT NULL,
    document_id  VARCHAR(16) NOT NULL,
    sentence     TEXT        NOT NULL,
    start_offset INTEGER     NOT NULL,
    end_offset   INTEGER     NOT NULL,
    CONSTRAINT pk_visit_source PRIMARY KEY (visit_id, position),
    CONSTRAINT fk_visit_source FOREIGN KEY (visit_id) REFERENCES visit (id),
    CONSTRAINT fk_visit_source_document FOREIGN KEY (document_id) REFERENCES document (id)
);
CREATE INDEX ix_visit_source_document ON visit_source (document_id);

-- One row per country and level: the rows of one country are its history.
CREATE TABLE partnership (
    id           VARCHAR(16)      NOT NULL,
    country_code VARCHAR(2)       NOT NULL,
    level        VARCHAR(48)      NOT NULL,
    label        VARCHAR(512),
    since_year   INTEGER,
    since_month  INTEGER,
    since_day    INTEGER,
    confidence   DOUBLE PRECISION NOT NULL,
    CONSTRAINT pk_partnership PRIMARY KEY (id),
    CONSTRAINT uq_partnership_country_level UNIQUE (country_code, level)
);
CREATE INDEX ix_partnership_level ON partnership (level);

CREATE TABLE partnership_source (
    partnership_id VARCHAR(16) NOT NULL,
    position       INTEGER     NOT NULL,
    document_id    VARCHAR(16) NOT NULL,
    sentence       TEXT        NOT NULL,
    start_offset   INTEGER     NOT NULL,
    end_offset     INTEGER     NOT NULL,
    CONSTRAINT pk_partnership_source PRIMARY KEY (partnership_id, position),
    CONSTRAINT fk_partnership_source FOREIGN KEY (partnership_id) REFERENCES partnership (id),
    CONSTRAINT fk_partnership_source_document FOREIGN KEY (document_id) REFERENCES document (id)
);
CREATE INDEX ix_partnership_source_document ON partnership_source (document_id);

CREATE TABLE agreement (
    id              VARCHAR(16)      NOT NULL,
    type            VARCHAR(32)      NOT NULL,
    title           VARCHAR(1024),
    folded_title    VARCHAR(1024)    NOT NULL,
    party_set       VARCHAR(512)     NOT NULL,
    date_year       INTEGER,
    date_month      INTEGER,
    date_day        INTEGER,
    earliest_date   DATE,
    latest_date     DATE,
    value_amount    NUMERIC(38, 4),
    value_currency  VARCHAR(8),
    value_qualifier VARCHAR(16),
    confidence      DOUBLE PRECISION NOT NULL,
    CONSTRAINT pk_agreement PRIMARY KEY (id)
);
CREATE INDEX ix_agreement_merge ON agreement (type, party_set);
CREATE INDEX ix_agreement_earliest_date ON agreement (earliest_date);
CREATE INDEX ix_agreement_latest_date ON agreement (latest_date);

CREATE TABLE agreement_party (
    agreement_id VARCHAR(16) NOT NULL,
    country_code VARCHAR(2)  NOT NULL,
    CONSTRAINT pk_agreement_party PRIMARY KEY (agreement_id, country_code),
    CONSTRAINT fk_agreement_party FOREIGN KEY (agreement_id) REFERENCES agreement (id)
);
CREATE INDEX ix_agreement_party_code ON agreement_party (country_code);

CREATE TABLE agreement_source (
    agreement_id VARCHAR(16) NOT NULL,
    position     INTEGER     NOT NULL,
    document_id  VARCHAR(16) NOT NULL,
    sentence     TEXT        NOT NULL,
    start_offset INTEGER     NOT NULL,
    end_offset   INTEGER     NOT NULL,
    CONSTRAINT pk_agreement_source PRIMARY KEY (agreement_id, position),
    CONSTRAINT fk_agreement_source FOREIGN KEY (agreement_id) REFERENCES agreement (id),
    CONSTRAINT fk_agreement_source_document FOREIGN KEY (document_id) REFERENCES document (id)
);
CREATE INDEX ix_agreement_source_document ON agreement_source (document_id);
