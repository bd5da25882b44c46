-- The SELECTs the service sends for each filtered list (Hibernate's SQL, recorded with
-- quarkus.hibernate-orm."h2".log.sql=true; the answer cache off). bench/query-plans.sh explains each one.

-- /api/v1/visits?country=CN&page=0&size=20
select count(*) from visit v1_0 where v1_0.id in (select v2_0.id from visit v2_0 join visit_country c1_0 on v2_0.id=c1_0.visit_id where c1_0.country_code=?);
select v1_0.id, v1_0.category, v1_0.confidence, v1_0.country_set, v1_0.earliest_date, v1_0.end_day, v1_0.end_month, v1_0.end_year, v1_0.guest_country, v1_0.host_country, v1_0.latest_date, v1_0.location_city, v1_0.location_country, v1_0.search_text, v1_0.start_day, v1_0.start_month, v1_0.start_year, v1_0.status, v1_0.type from visit v1_0 where v1_0.id in (select v2_0.id from visit v2_0 join visit_country c1_0 on v2_0.id=c1_0.visit_id where c1_0.country_code=?) order by v1_0.earliest_date asc nulls last, v1_0.start_month asc nulls last, v1_0.start_day asc nulls last, v1_0.category desc, v1_0.id offset ? rows fetch first ? rows only;
select c1_0.visit_id, c1_0.country_code from visit_country c1_0 where c1_0.visit_id in (?, ?, ?);
select p1_0.visit_id, p1_0.position, p1_0.country, p1_0.name, p1_0.participant_id, p1_0.role from visit_participant p1_0 where p1_0.visit_id in (?, ?, ?);
select s1_0.visit_id, s1_0.position, s1_0.document_id, s1_0.end_offset, s1_0.sentence, s1_0.start_offset from visit_source s1_0 where s1_0.visit_id in (?, ?, ?);

-- /api/v1/visits?guestCountry=CN
select count(*) from visit v1_0 where v1_0.guest_country=?;
select v1_0.id, v1_0.category, v1_0.confidence, v1_0.country_set, v1_0.earliest_date, v1_0.end_day, v1_0.end_month, v1_0.end_year, v1_0.guest_country, v1_0.host_country, v1_0.latest_date, v1_0.location_city, v1_0.location_country, v1_0.search_text, v1_0.start_day, v1_0.start_month, v1_0.start_year, v1_0.status, v1_0.type from visit v1_0 where v1_0.guest_country=? order by v1_0.earliest_date asc nulls last, v1_0.start_month asc nulls last, v1_0.start_day asc nulls last, v1_0.category desc, v1_0.id offset ? rows fetch first ? rows only;
select c1_0.visit_id, c1_0.country_code from visit_country c1_0 where c1_0.visit_id in (?, ?, ?);
select p1_0.visit_id, p1_0.position, p1_0.country, p1_0.name, p1_0.participant_id, p1_0.role from visit_participant p1_0 where p1_0.visit_id in (?, ?, ?);
select s1_0.visit_id, s1_0.position, s1_0.document_id, s1_0.end_offset, s1_0.sentence, s1_0.start_offset from visit_source s1_0 where s1_0.visit_id in (?, ?, ?);

-- /api/v1/visits?hostCountry=VN
select count(*) from visit v1_0 where v1_0.host_country=?;
select v1_0.id, v1_0.category, v1_0.confidence, v1_0.country_set, v1_0.earliest_date, v1_0.end_day, v1_0.end_month, v1_0.end_year, v1_0.guest_country, v1_0.host_country, v1_0.latest_date, v1_0.location_city, v1_0.location_country, v1_0.search_text, v1_0.start_day, v1_0.start_month, v1_0.start_year, v1_0.status, v1_0.type from visit v1_0 where v1_0.host_country=? order by v1_0.earliest_date asc nulls last, v1_0.start_month asc nulls last, v1_0.start_day asc nulls last, v1_0.category desc, v1_0.id offset ? rows fetch first ? rows only;
select c1_0.visit_id, c1_0.country_code from visit_country c1_0 where c1_0.visit_id in (?, ?, ?);
select p1_0.visit_id, p1_0.position, p1_0.country, p1_0.name, p1_0.participant_id, p1_0.role from visit_participant p1_0 where p1_0.visit_id in (?, ?, ?);
select s1_0.visit_id, s1_0.position, s1_0.document_id, s1_0.end_offset, s1_0.sentence, s1_0.start_offset from visit_source s1_0 where s1_0.visit_id in (?, ?, ?);

-- /api/v1/visits?type=STATE_VISIT
select count(*) from visit v1_0 where v1_0.type in (?);
select v1_0.id, v1_0.category, v1_0.confidence, v1_0.country_set, v1_0.earliest_date, v1_0.end_day, v1_0.end_month, v1_0.end_year, v1_0.guest_country, v1_0.host_country, v1_0.latest_date, v1_0.location_city, v1_0.location_country, v1_0.search_text, v1_0.start_day, v1_0.start_month, v1_0.start_year, v1_0.status, v1_0.type from visit v1_0 where v1_0.type in (?) order by v1_0.earliest_date asc nulls last, v1_0.start_month asc nulls last, v1_0.start_day asc nulls last, v1_0.category desc, v1_0.id offset ? rows fetch first ? rows only;
select c1_0.visit_id, c1_0.country_code from visit_country c1_0 where c1_0.visit_id in (?, ?, ?);
select p1_0.visit_id, p1_0.position, p1_0.country, p1_0.name, p1_0.participant_id, p1_0.role from visit_participant p1_0 where p1_0.visit_id in (?, ?, ?);
select s1_0.visit_id, s1_0.position, s1_0.document_id, s1_0.end_offset, s1_0.sentence, s1_0.start_offset from visit_source s1_0 where s1_0.visit_id in (?, ?, ?);

-- /api/v1/visits?category=TRIP
select count(*) from visit v1_0 where v1_0.category=?;
select v1_0.id, v1_0.category, v1_0.confidence, v1_0.country_set, v1_0.earliest_date, v1_0.end_day, v1_0.end_month, v1_0.end_year, v1_0.guest_country, v1_0.host_country, v1_0.latest_date, v1_0.location_city, v1_0.location_country, v1_0.search_text, v1_0.start_day, v1_0.start_month, v1_0.start_year, v1_0.status, v1_0.type from visit v1_0 where v1_0.category=? order by v1_0.earliest_date asc nulls last, v1_0.start_month asc nulls last, v1_0.start_day asc nulls last, v1_0.category desc, v1_0.id offset ? rows fetch first ? rows only;
select c1_0.visit_id, c1_0.country_code from visit_country c1_0 where c1_0.visit_id in (?, ?, ?);
select p1_0.visit_id, p1_0.position, p1_0.country, p1_0.name, p1_0.participant_id, p1_0.role from visit_participant p1_0 where p1_0.visit_id in (?, ?, ?);
select s1_0.visit_id, s1_0.position, s1_0.document_id, s1_0.end_offset, s1_0.sentence, s1_0.start_offset from visit_source s1_0 where s1_0.visit_id in (?, ?, ?);

-- /api/v1/visits?status=PLANNED
select count(*) from visit v1_0 where v1_0.status=?;
select v1_0.id, v1_0.category, v1_0.confidence, v1_0.country_set, v1_0.earliest_date, v1_0.end_day, v1_0.end_month, v1_0.end_year, v1_0.guest_country, v1_0.host_country, v1_0.latest_date, v1_0.location_city, v1_0.location_country, v1_0.search_text, v1_0.start_day, v1_0.start_month, v1_0.start_year, v1_0.status, v1_0.type from visit v1_0 where v1_0.status=? order by v1_0.earliest_date asc nulls last, v1_0.start_month asc nulls last, v1_0.start_day asc nulls last, v1_0.category desc, v1_0.id offset ? rows fetch first ? rows only;
select c1_0.visit_id, c1_0.country_code from visit_country c1_0 where c1_0.visit_id in (?, ?, ?);
select p1_0.visit_id, p1_0.position, p1_0.country, p1_0.name, p1_0.participant_id, p1_0.role from visit_participant p1_0 where p1_0.visit_id in (?, ?, ?);
select s1_0.visit_id, s1_0.position, s1_0.document_id, s1_0.end_offset, s1_0.sentence, s1_0.start_offset from visit_source s1_0 where s1_0.visit_id in (?, ?, ?);

-- /api/v1/visits?participant=239953ef97e561b8
select count(*) from visit v1_0 where v1_0.id in (select v2_0.id from visit v2_0 join visit_participant p1_0 on v2_0.id=p1_0.visit_id where p1_0.participant_id=?);
select v1_0.id, v1_0.category, v1_0.confidence, v1_0.country_set, v1_0.earliest_date, v1_0.end_day, v1_0.end_month, v1_0.end_year, v1_0.guest_country, v1_0.host_country, v1_0.latest_date, v1_0.location_city, v1_0.location_country, v1_0.search_text, v1_0.start_day, v1_0.start_month, v1_0.start_year, v1_0.status, v1_0.type from visit v1_0 where v1_0.id in (select v2_0.id from visit v2_0 join visit_participant p1_0 on v2_0.id=p1_0.visit_id where p1_0.participant_id=?) order by v1_0.earliest_date asc nulls last, v1_0.start_month asc nulls last, v1_0.start_day asc nulls last, v1_0.category desc, v1_0.id offset ? rows fetch first ? rows only;
select c1_0.visit_id, c1_0.country_code from visit_country c1_0 where c1_0.visit_id=?;
select p1_0.visit_id, p1_0.position, p1_0.country, p1_0.name, p1_0.participant_id, p1_0.role from visit_participant p1_0 where p1_0.visit_id=?;
select s1_0.visit_id, s1_0.position, s1_0.document_id, s1_0.end_offset, s1_0.sentence, s1_0.start_offset from visit_source s1_0 where s1_0.visit_id=?;

-- /api/v1/visits?from=2024-01-01
select count(*) from visit v1_0 where v1_0.latest_date>=?;
select v1_0.id, v1_0.category, v1_0.confidence, v1_0.country_set, v1_0.earliest_date, v1_0.end_day, v1_0.end_month, v1_0.end_year, v1_0.guest_country, v1_0.host_country, v1_0.latest_date, v1_0.location_city, v1_0.location_country, v1_0.search_text, v1_0.start_day, v1_0.start_month, v1_0.start_year, v1_0.status, v1_0.type from visit v1_0 where v1_0.latest_date>=? order by v1_0.earliest_date asc nulls last, v1_0.start_month asc nulls last, v1_0.start_day asc nulls last, v1_0.category desc, v1_0.id offset ? rows fetch first ? rows only;
select c1_0.visit_id, c1_0.country_code from visit_country c1_0 where c1_0.visit_id in (?, ?, ?);
select p1_0.visit_id, p1_0.position, p1_0.country, p1_0.name, p1_0.participant_id, p1_0.role from visit_participant p1_0 where p1_0.visit_id in (?, ?, ?);
select s1_0.visit_id, s1_0.position, s1_0.document_id, s1_0.end_offset, s1_0.sentence, s1_0.start_offset from visit_source s1_0 where s1_0.visit_id in (?, ?, ?);

-- /api/v1/visits?to=2010-12-31
select count(*) from visit v1_0 where v1_0.earliest_date<=?;

-- /api/v1/visits?q=nguyen%20van
select count(*) from visit v1_0 where v1_0.id in (select v2_0.id from visit v2_0 join visit_word w1_0 on v2_0.id=w1_0.visit_id where w1_0.word>=? and w1_0.word<?) and v1_0.search_text like ? escape '!';
select v1_0.id, v1_0.category, v1_0.confidence, v1_0.country_set, v1_0.earliest_date, v1_0.end_day, v1_0.end_month, v1_0.end_year, v1_0.guest_country, v1_0.host_country, v1_0.latest_date, v1_0.location_city, v1_0.location_country, v1_0.search_text, v1_0.start_day, v1_0.start_month, v1_0.start_year, v1_0.status, v1_0.type from visit v1_0 where v1_0.id in (select v2_0.id from visit v2_0 join visit_word w1_0 on v2_0.id=w1_0.visit_id where w1_0.word>=? and w1_0.word<?) and v1_0.search_text like ? escape '!' order by v1_0.earliest_date asc nulls last, v1_0.start_month asc nulls last, v1_0.start_day asc nulls last, v1_0.category desc, v1_0.id offset ? rows fetch first ? rows only;
select c1_0.visit_id, c1_0.country_code from visit_country c1_0 where c1_0.visit_id in (?, ?, ?);
select p1_0.visit_id, p1_0.position, p1_0.country, p1_0.name, p1_0.participant_id, p1_0.role from visit_participant p1_0 where p1_0.visit_id in (?, ?, ?);
select s1_0.visit_id, s1_0.position, s1_0.document_id, s1_0.end_offset, s1_0.sentence, s1_0.start_offset from visit_source s1_0 where s1_0.visit_id in (?, ?, ?);

-- /api/v1/participants?country=US
select count(*) from participant p1_0 where p1_0.country=?;
select p1_0.id, p1_0.best_rank, p1_0.confidence, p1_0.country, p1_0.name, p1_0.search_text from participant p1_0 where p1_0.country=? order by p1_0.name, p1_0.id offset ? rows fetch first ? rows only;
select p1_0.participant_id, count(distinct v1_0.id) from visit v1_0 join visit_participant p1_0 on v1_0.id=p1_0.visit_id where p1_0.participant_id in (?, ?, ?) group by p1_0.participant_id;
select a1_0.participant_id, a1_0.position, a1_0.alias from participant_alias a1_0 where a1_0.participant_id in (?, ?, ?);
select t1_0.participant_id, t1_0.position, t1_0.title from participant_title t1_0 where t1_0.participant_id in (?, ?, ?);

-- /api/v1/participants?rank=HEAD_OF_STATE
select count(*) from participant p1_0 where p1_0.best_rank=?;
select p1_0.id, p1_0.best_rank, p1_0.confidence, p1_0.country, p1_0.name, p1_0.search_text from participant p1_0 where p1_0.best_rank=? order by p1_0.name, p1_0.id offset ? rows fetch first ? rows only;
select p1_0.participant_id, count(distinct v1_0.id) from visit v1_0 join visit_participant p1_0 on v1_0.id=p1_0.visit_id where p1_0.participant_id in (?, ?, ?) group by p1_0.participant_id;
select a1_0.participant_id, a1_0.position, a1_0.alias from participant_alias a1_0 where a1_0.participant_id in (?, ?, ?);
select t1_0.participant_id, t1_0.position, t1_0.title from participant_title t1_0 where t1_0.participant_id in (?, ?, ?);

-- /api/v1/participants?q=nguyen
select count(*) from participant p1_0 where p1_0.id in (select p2_0.id from participant p2_0 join participant_word w1_0 on p2_0.id=w1_0.participant_id where w1_0.word>=? and w1_0.word<?) and p1_0.search_text like ? escape '!';
select p1_0.id, p1_0.best_rank, p1_0.confidence, p1_0.country, p1_0.name, p1_0.search_text from participant p1_0 where p1_0.id in (select p2_0.id from participant p2_0 join participant_word w1_0 on p2_0.id=w1_0.participant_id where w1_0.word>=? and w1_0.word<?) and p1_0.search_text like ? escape '!' order by p1_0.name, p1_0.id offset ? rows fetch first ? rows only;
select p1_0.participant_id, count(distinct v1_0.id) from visit v1_0 join visit_participant p1_0 on v1_0.id=p1_0.visit_id where p1_0.participant_id in (?, ?, ?) group by p1_0.participant_id;
select a1_0.participant_id, a1_0.position, a1_0.alias from participant_alias a1_0 where a1_0.participant_id in (?, ?, ?);
select t1_0.participant_id, t1_0.position, t1_0.title from participant_title t1_0 where t1_0.participant_id in (?, ?, ?);

-- /api/v1/agreements?country=CN
select count(*) from agreement a1_0 where a1_0.id in (select a2_0.id from agreement a2_0 join agreement_party p1_0 on a2_0.id=p1_0.agreement_id where p1_0.country_code=?);
select a1_0.id, a1_0.confidence, a1_0.date_day, a1_0.date_month, a1_0.date_year, a1_0.earliest_date, a1_0.folded_title, a1_0.latest_date, a1_0.party_set, a1_0.title, a1_0.type, a1_0.value_amount, a1_0.value_currency, a1_0.value_qualifier from agreement a1_0 where a1_0.id in (select a2_0.id from agreement a2_0 join agreement_party p1_0 on a2_0.id=p1_0.agreement_id where p1_0.country_code=?) order by a1_0.earliest_date asc nulls last, a1_0.date_month asc nulls last, a1_0.date_day asc nulls last, a1_0.id offset ? rows fetch first ? rows only;
select p1_0.agreement_id, p1_0.country_code from agreement_party p1_0 where p1_0.agreement_id in (?, ?, ?);
select s1_0.agreement_id, s1_0.position, s1_0.document_id, s1_0.end_offset, s1_0.sentence, s1_0.start_offset from agreement_source s1_0 where s1_0.agreement_id in (?, ?, ?);

-- /api/v1/agreements?type=JOINT_STATEMENT
select count(*) from agreement a1_0 where a1_0.type=?;
select a1_0.id, a1_0.confidence, a1_0.date_day, a1_0.date_month, a1_0.date_year, a1_0.earliest_date, a1_0.folded_title, a1_0.latest_date, a1_0.party_set, a1_0.title, a1_0.type, a1_0.value_amount, a1_0.value_currency, a1_0.value_qualifier from agreement a1_0 where a1_0.type=? order by a1_0.earliest_date asc nulls last, a1_0.date_month asc nulls last, a1_0.date_day asc nulls last, a1_0.id offset ? rows fetch first ? rows only;
select p1_0.agreement_id, p1_0.country_code from agreement_party p1_0 where p1_0.agreement_id in (?, ?, ?);
select s1_0.agreement_id, s1_0.position, s1_0.document_id, s1_0.end_offset, s1_0.sentence, s1_0.start_offset from agreement_source s1_0 where s1_0.agreement_id in (?, ?, ?);

-- /api/v1/agreements?from=2024-01-01
select count(*) from agreement a1_0 where a1_0.latest_date>=?;
select a1_0.id, a1_0.confidence, a1_0.date_day, a1_0.date_month, a1_0.date_year, a1_0.earliest_date, a1_0.folded_title, a1_0.latest_date, a1_0.party_set, a1_0.title, a1_0.type, a1_0.value_amount, a1_0.value_currency, a1_0.value_qualifier from agreement a1_0 where a1_0.latest_date>=? order by a1_0.earliest_date asc nulls last, a1_0.date_month asc nulls last, a1_0.date_day asc nulls last, a1_0.id offset ? rows fetch first ? rows only;
select p1_0.agreement_id, p1_0.country_code from agreement_party p1_0 where p1_0.agreement_id in (?, ?, ?);
select s1_0.agreement_id, s1_0.position, s1_0.document_id, s1_0.end_offset, s1_0.sentence, s1_0.start_offset from agreement_source s1_0 where s1_0.agreement_id in (?, ?, ?);

-- /api/v1/agreements?to=2020-12-31
select count(*) from agreement a1_0 where a1_0.earliest_date<=?;
select a1_0.id, a1_0.confidence, a1_0.date_day, a1_0.date_month, a1_0.date_year, a1_0.earliest_date, a1_0.folded_title, a1_0.latest_date, a1_0.party_set, a1_0.title, a1_0.type, a1_0.value_amount, a1_0.value_currency, a1_0.value_qualifier from agreement a1_0 where a1_0.earliest_date<=? order by a1_0.earliest_date asc nulls last, a1_0.date_month asc nulls last, a1_0.date_day asc nulls last, a1_0.id offset ? rows fetch first ? rows only;
select p1_0.agreement_id, p1_0.country_code from agreement_party p1_0 where p1_0.agreement_id in (?, ?, ?);
select s1_0.agreement_id, s1_0.position, s1_0.document_id, s1_0.end_offset, s1_0.sentence, s1_0.start_offset from agreement_source s1_0 where s1_0.agreement_id in (?, ?, ?);

-- /api/v1/partnerships?country=CN
select count(*) from partnership p1_0 where p1_0.country_code=?;
select p1_0.id, p1_0.confidence, p1_0.country_code, p1_0.label, p1_0.level, p1_0.since_day, p1_0.since_month, p1_0.since_year from partnership p1_0 where p1_0.country_code=? order by p1_0.country_code, p1_0.since_year asc nulls last, p1_0.since_month asc nulls last, p1_0.since_day asc nulls last, p1_0.level, p1_0.id offset ? rows fetch first ? rows only;
select s1_0.partnership_id, s1_0.position, s1_0.document_id, s1_0.end_offset, s1_0.sentence, s1_0.start_offset from partnership_source s1_0 where s1_0.partnership_id in (?, ?, ?);

-- /api/v1/partnerships?level=COMPREHENSIVE_STRATEGIC_PARTNERSHIP
select count(*) from partnership p1_0 where p1_0.level=?;
select p1_0.id, p1_0.confidence, p1_0.country_code, p1_0.label, p1_0.level, p1_0.since_day, p1_0.since_month, p1_0.since_year from partnership p1_0 where p1_0.level=? order by p1_0.country_code, p1_0.since_year asc nulls last, p1_0.since_month asc nulls last, p1_0.since_day asc nulls last, p1_0.level, p1_0.id offset ? rows fetch first ? rows only;
select s1_0.partnership_id, s1_0.position, s1_0.document_id, s1_0.end_offset, s1_0.sentence, s1_0.start_offset from partnership_source s1_0 where s1_0.partnership_id in (?, ?, ?);

-- /api/v1/countries/CN
select count(*) from visit v1_0 where v1_0.id in (select v2_0.id from visit v2_0 join visit_country c1_0 on v2_0.id=c1_0.visit_id where c1_0.country_code=?);
select p1_0.id, p1_0.confidence, p1_0.country_code, p1_0.label, p1_0.level, p1_0.since_day, p1_0.since_month, p1_0.since_year from partnership p1_0 where p1_0.country_code=? order by p1_0.since_year asc nulls last, p1_0.since_month asc nulls last, p1_0.since_day asc nulls last, p1_0.level, p1_0.id;
select count(*) from agreement a1_0 where a1_0.id in (select a2_0.id from agreement a2_0 join agreement_party p1_0 on a2_0.id=p1_0.agreement_id where p1_0.country_code=?);
select count(*) from visit v1_0 where v1_0.guest_country=?;
select count(*) from visit v1_0 where v1_0.host_country=?;
select v1_0.type, count(v1_0.id) from visit v1_0 where v1_0.id in (select v2_0.id from visit v2_0 join visit_country c1_0 on v2_0.id=c1_0.visit_id where c1_0.country_code=?) group by v1_0.type order by v1_0.type;
select v1_0.start_year, count(v1_0.id) from visit v1_0 where v1_0.id in (select v2_0.id from visit v2_0 join visit_country c1_0 on v2_0.id=c1_0.visit_id where c1_0.country_code=?) group by v1_0.start_year order by v1_0.start_year;
select v1_0.id, v1_0.category, v1_0.confidence, v1_0.country_set, v1_0.earliest_date, v1_0.end_day, v1_0.end_month, v1_0.end_year, v1_0.guest_country, v1_0.host_country, v1_0.latest_date, v1_0.location_city, v1_0.location_country, v1_0.search_text, v1_0.start_day, v1_0.start_month, v1_0.start_year, v1_0.status, v1_0.type from visit v1_0 where v1_0.category='TRIP' and v1_0.guest_country=? order by v1_0.latest_date desc, v1_0.earliest_date desc, v1_0.id fetch first ? rows only;
select c1_0.visit_id, c1_0.country_code from visit_country c1_0 where c1_0.visit_id=?;
select p1_0.visit_id, p1_0.position, p1_0.country, p1_0.name, p1_0.participant_id, p1_0.role from visit_participant p1_0 where p1_0.visit_id=?;
select s1_0.visit_id, s1_0.position, s1_0.document_id, s1_0.end_offset, s1_0.sentence, s1_0.start_offset from visit_source s1_0 where s1_0.visit_id=?;
select v1_0.id, v1_0.category, v1_0.confidence, v1_0.country_set, v1_0.earliest_date, v1_0.end_day, v1_0.end_month, v1_0.end_year, v1_0.guest_country, v1_0.host_country, v1_0.latest_date, v1_0.location_city, v1_0.location_country, v1_0.search_text, v1_0.start_day, v1_0.start_month, v1_0.start_year, v1_0.status, v1_0.type from visit v1_0 where v1_0.category='TRIP' and v1_0.host_country=? order by v1_0.latest_date desc, v1_0.earliest_date desc, v1_0.id fetch first ? rows only;
select c1_0.visit_id, c1_0.country_code from visit_country c1_0 where c1_0.visit_id=?;
select p1_0.visit_id, p1_0.position, p1_0.country, p1_0.name, p1_0.participant_id, p1_0.role from visit_participant p1_0 where p1_0.visit_id=?;
select s1_0.visit_id, s1_0.position, s1_0.document_id, s1_0.end_offset, s1_0.sentence, s1_0.start_offset from visit_source s1_0 where s1_0.visit_id=?;
select p1_0.participant_id, count(distinct v1_0.id) from visit v1_0 join visit_participant p1_0 on v1_0.id=p1_0.visit_id where v1_0.id in (select v2_0.id from visit v2_0 join visit_country c1_0 on v2_0.id=c1_0.visit_id where c1_0.country_code=?) group by p1_0.participant_id order by count(distinct v1_0.id) desc, p1_0.participant_id fetch first ? rows only;
select p1_0.id, p1_0.best_rank, p1_0.confidence, p1_0.country, p1_0.name, p1_0.search_text from participant p1_0 where p1_0.id in (?, ?, ?);
select a1_0.id, a1_0.confidence, a1_0.date_day, a1_0.date_month, a1_0.date_year, a1_0.earliest_date, a1_0.folded_title, a1_0.latest_date, a1_0.party_set, a1_0.title, a1_0.type, a1_0.value_amount, a1_0.value_currency, a1_0.value_qualifier from agreement a1_0 where a1_0.id in (select a2_0.id from agreement a2_0 join agreement_party p1_0 on a2_0.id=p1_0.agreement_id where p1_0.country_code=?) order by a1_0.earliest_date desc, a1_0.date_month desc, a1_0.date_day desc, a1_0.id fetch first ? rows only;
select p1_0.agreement_id, p1_0.country_code from agreement_party p1_0 where p1_0.agreement_id in (?, ?, ?);
select s1_0.agreement_id, s1_0.position, s1_0.document_id, s1_0.end_offset, s1_0.sentence, s1_0.start_offset from agreement_source s1_0 where s1_0.agreement_id in (?, ?, ?);
