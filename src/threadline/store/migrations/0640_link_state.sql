-- Issue 14: an ingest killed after its last document was stored but before the corpus
-- links were made (one transaction, so none were) left those documents unlinked, and the
-- next ingest, storing nothing new, did not link. link_state.seq is the last document
-- (documents.seq) the corpus links have seen; a document past it means links are due.
CREATE TABLE link_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL
);
INSERT INTO link_state (id, seq) SELECT 1, coalesce(max(seq), 0) FROM documents;
