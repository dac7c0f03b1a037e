-- Dyad store schema, version 1. Applied once, in one transaction, by SchemaMigrator.
-- Times are UTC. Articles are the unit of atomicity: an article, its actors, quotes and event mentions and the
-- event rows they update are written in one transaction, so a crash leaves whole articles only.

CREATE SEQUENCE article_ids START 1;
CREATE SEQUENCE event_ids START 1;

CREATE TABLE articles (
  id           BIGINT PRIMARY KEY,
  doc_id       VARCHAR NOT NULL,          -- the id the input gave (file name, JSONL id, URL)
  content_hash VARCHAR NOT NULL UNIQUE,   -- SHA-256 of the whitespace-normalised text
  story_id     BIGINT NOT NULL,           -- near-duplicate group: the first article of the story
  title        VARCHAR,
  url          VARCHAR,
  outlet       VARCHAR NOT NULL,          -- URL host, else the input file: counted as NumSources
  published    DATE,
  source       VARCHAR NOT NULL,          -- where it was read from (file, file:line, URL)
  language     VARCHAR,
  text         VARCHAR NOT NULL,
  minhash      BLOB,                      -- MinHash signature for near-duplicate checks
  n_events     INTEGER NOT NULL,
  n_quotes     INTEGER NOT NULL,
  ingested_at  TIMESTAMP NOT NULL
);

-- Locality-sensitive hashing bands of each article's MinHash: candidates for near-duplicates.
CREATE TABLE article_bands (
  band_hash  BIGINT NOT NULL,
  article_id BIGINT NOT NULL
);

CREATE TABLE actors (
  article_id BIGINT NOT NULL,
  actor_id   VARCHAR NOT NULL,            -- document-local id (a1, a2, ...)
  name       VARCHAR NOT NULL,
  kind       VARCHAR,
  code       VARCHAR,
  country    VARCHAR,
  sectors    VARCHAR NOT NULL,            -- space separated, with a space on both ends
  role       VARCHAR,
  basis      VARCHAR,
  mentions   VARCHAR NOT NULL             -- JSON array of [start, end]
);

CREATE TABLE quotes (
  article_id   BIGINT NOT NULL,
  quote_no     INTEGER NOT NULL,
  text         VARCHAR NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  speaker      VARCHAR,
  speaker_name VARCHAR,
  speaker_code VARCHAR,
  cue          VARCHAR
);

-- One row per real-world event: the same date, source, target, code and modality reported by
-- several articles is one event with several mentions (GDELT's NumMentions/NumArticles/NumSources).
CREATE TABLE events (
  id              BIGINT PRIMARY KEY,
  event_key       VARCHAR NOT NULL UNIQUE,
  event_date      VARCHAR,                -- ISO at the precision known: 2025-06-04, 2025-03, 2025
  day             DATE,                   -- first day of event_date
  source_code     VARCHAR,
  source_name     VARCHAR,
  source_country  VARCHAR,
  source_sectors  VARCHAR NOT NULL,
  target_code     VARCHAR,
  target_name     VARCHAR,
  target_country  VARCHAR,
  target_sectors  VARCHAR NOT NULL,
  cameo           VARCHAR NOT NULL,
  cameo_name      VARCHAR,
  cameo_root      VARCHAR NOT NULL,
  plover          VARCHAR,
  plover_mode     VARCHAR,
  goldstein       DOUBLE NOT NULL,
  quad_class      INTEGER NOT NULL,
  modality        VARCHAR NOT NULL,
  num_mentions    INTEGER NOT NULL,
  num_articles    INTEGER NOT NULL,
  num_sources     INTEGER NOT NULL,
  confidence      DOUBLE NOT NULL,        -- the highest of its mentions
  first_article   BIGINT NOT NULL,
  first_trigger   VARCHAR,
  first_sentence  VARCHAR,
  source_url      VARCHAR,
  date_added      TIMESTAMP NOT NULL,
  is_root         BOOLEAN NOT NULL        -- first reported in its article's lead paragraph (GDELT IsRootEvent)
);

CREATE TABLE event_mentions (
  event_id     BIGINT NOT NULL,
  article_id   BIGINT NOT NULL,
  mention_no   INTEGER NOT NULL,
  sentence     VARCHAR NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  trigger      VARCHAR,
  source_text  VARCHAR,
  target_text  VARCHAR,
  rule         VARCHAR,
  confidence   DOUBLE NOT NULL,
  modality     VARCHAR NOT NULL,
  event_date   VARCHAR,
  date_basis   VARCHAR
);

-- Inputs that could not be stored, once per input and reason, so a rerun adds nothing.
CREATE TABLE ingest_errors (
  error_key VARCHAR PRIMARY KEY,
  doc_id    VARCHAR,
  source    VARCHAR NOT NULL,
  reason    VARCHAR NOT NULL,
  recorded_at TIMESTAMP NOT NULL
);

CREATE INDEX article_bands_hash ON article_bands (band_hash);
CREATE INDEX actors_article ON actors (article_id);
CREATE INDEX quotes_article ON quotes (article_id);
CREATE INDEX mentions_event ON event_mentions (event_id);
CREATE INDEX mentions_article ON event_mentions (article_id);
