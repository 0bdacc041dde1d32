-- PostgreSQL twin of ../0640_link_state.sql: the last document (documents.seq) the
-- corpus links have seen; a document past it means links are due (an ingest killed
-- before its link step).
CREATE TABLE link_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq BIGINT NOT NULL
);
INSERT INTO link_state (id, seq) SELECT 1, coalesce(max(seq), 0) FROM documents;
