-- Dyad store schema, version 4: where each event took place. Applied once, in one transaction, by
-- SchemaMigrator.
--
-- The place of the event's first mention that has one (EventUpserter.locate): a gazetteer place
-- named in the event's clause or sentence, or the article's dateline (geo_basis 'clause', 'sentence'
-- or 'dateline'). geo_id is the GeoNames id of a populated place, NULL for divisions, countries and
-- the hand-kept seas and regions; geo_country is ISO 3166-1 alpha-3 (NULL for seas); geo_admin1 is
-- the GeoNames division key (UA.07). All NULL for an event whose text names no place, and for every
-- event stored before version 4.

ALTER TABLE events ADD COLUMN geo_name VARCHAR;
ALTER TABLE events ADD COLUMN geo_id BIGINT;
ALTER TABLE events ADD COLUMN geo_country VARCHAR;
ALTER TABLE events ADD COLUMN geo_admin1 VARCHAR;
ALTER TABLE events ADD COLUMN geo_admin1_name VARCHAR;
ALTER TABLE events ADD COLUMN geo_lat DOUBLE;
ALTER TABLE events ADD COLUMN geo_lon DOUBLE;
ALTER TABLE events ADD COLUMN geo_feature VARCHAR;
ALTER TABLE events ADD COLUMN geo_basis VARCHAR;

-- Map queries ask for a bounding box, the counts per country or place.
CREATE INDEX events_geo_point ON events (geo_lat, geo_lon);
CREATE INDEX events_geo_country ON events (geo_country);
