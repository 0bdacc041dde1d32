-- PostgreSQL twin of ../0710_fts_prefix.sql. Nothing to build: the GIN index on
-- documents.search_vector (0001_schema.sql) already answers prefix queries ('ex':*) from
-- its sorted lexemes, so only the migration's name is recorded.
SELECT 1;
