-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.
-- A visit's detail looks up the visits and agreements between the same countries (its trip, engagements and
-- agreements) whatever their category or type, which the merge indexes (category or type first) cannot serve.
CREATE INDEX ix_visit_country_set ON visit (country_set, earliest_date);
CREATE INDEX ix_agreement_party_set ON agreement (party_set, earliest_date);
