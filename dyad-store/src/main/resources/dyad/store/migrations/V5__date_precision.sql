-- Dyad store schema, version 5: how precisely each event is dated. Applied once, in one transaction,
-- by SchemaMigrator.
--
-- event_date keeps the date at the precision the text gives (2025-06-04, 2025-W23, 2025-06, 2025-Q2,
-- 2025-SU, 2025-H1, 2025, or a range 2022-01-24/2024-12-31); day is the first day it covers, for
-- sorting, filters and GDELT's SQLDATE. date_precision says which: day, week, month, quarter, season,
-- half, year or range (DatePrecision in dyad-model is the one definition; new rows take it from
-- there). The timeline draws an event only in buckets at least as coarse as its date, and counts the
-- rest apart.
--
-- Rows stored before version 5 get their precision from the form of event_date below. Their day
-- stays as it was: NULL for weeks, quarters, seasons, half years and ranges, which versions before 5
-- did not place on a day.

ALTER TABLE events ADD COLUMN date_precision VARCHAR;

UPDATE events SET date_precision = CASE
  WHEN event_date IS NULL THEN NULL
  WHEN event_date LIKE '%/%' THEN 'range'
  WHEN regexp_full_match(event_date, '\d{4}-\d{2}-\d{2}(T.*)?') THEN 'day'
  WHEN regexp_full_match(event_date, '\d{4}-W\d{2}(-WE)?') THEN 'week'
  WHEN regexp_full_match(event_date, '\d{4}-\d{2}') THEN 'month'
  WHEN regexp_full_match(event_date, '\d{4}-Q[1-4]') THEN 'quarter'
  WHEN regexp_full_match(event_date, '\d{4}-(SP|SU|FA|WI)') THEN 'season'
  WHEN regexp_full_match(event_date, '\d{4}-H[12]') THEN 'half'
  WHEN regexp_full_match(event_date, '\d{4}') THEN 'year'
END;
