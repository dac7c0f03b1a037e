-- Dyad store schema, version 2: where each event's actors came from. Applied once, in one
-- transaction, by SchemaMigrator.
--
-- 'text'    the actor is named in the event's own sentence;
-- 'context' it was filled from the surrounding article (lower confidence);
-- NULL      the event has no such actor.
--
-- A mention keeps its own basis. An event (aggregated across its mentions) is 'context' on a side
-- only when every mention with that side filled it from context: one sentence naming the actor is
-- enough for 'text'. EventUpserter.recount keeps this rule as mentions arrive.
--
-- Stores written before version 2 only ever coded actors named in the sentence: their actors are
-- 'text' wherever an actor is present.

ALTER TABLE event_mentions ADD COLUMN source_basis VARCHAR;
ALTER TABLE event_mentions ADD COLUMN target_basis VARCHAR;
ALTER TABLE events ADD COLUMN source_basis VARCHAR;
ALTER TABLE events ADD COLUMN target_basis VARCHAR;

UPDATE event_mentions SET source_basis = CASE WHEN source_text IS NOT NULL THEN 'text' END,
  target_basis = CASE WHEN target_text IS NOT NULL THEN 'text' END;
UPDATE events SET
  source_basis = CASE WHEN source_code IS NOT NULL OR source_name IS NOT NULL THEN 'text' END,
  target_basis = CASE WHEN target_code IS NOT NULL OR target_name IS NOT NULL THEN 'text' END;
