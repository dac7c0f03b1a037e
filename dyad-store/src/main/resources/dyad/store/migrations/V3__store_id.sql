-- Dyad store schema, version 3: the store's identity. Applied once, in one transaction, by
-- SchemaMigrator.
--
-- A random id, written once when the database is made (or upgraded) and never changed. The search
-- index records it in its commit data (SearchIndex): an index kept beside a database it was not
-- built from (the database deleted and made again, or copied in from another store) is found out
-- by the id and rebuilt, instead of answering with articles the database does not hold.

CREATE TABLE store_identity (store_id VARCHAR NOT NULL);
INSERT INTO store_identity SELECT CAST(uuid() AS VARCHAR);
