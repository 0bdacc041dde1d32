-- Issue 12, the store seam: the same schema reads the same on SQLite and PostgreSQL.
--
-- 1. No column is named with a word PostgreSQL reserves: ``user`` becomes ``user_name``.
-- 2. Readers that walked rowids walk explicit sequence columns: relations.seq (the graph's
--    "relations stored since" cursor; a replaced relation gets a new number, as its rowid
--    did) and login_failures.id (the attempts one login claimed).

ALTER TABLE collection_grants RENAME COLUMN user TO user_name;
ALTER TABLE api_tokens RENAME COLUMN user TO user_name;
ALTER TABLE sessions RENAME COLUMN user TO user_name;

ALTER TABLE relations ADD COLUMN seq INTEGER;
UPDATE relations SET seq = rowid;
CREATE INDEX relations_seq ON relations(seq);
DROP TRIGGER relations_index_insert;
CREATE TRIGGER relations_index_insert AFTER INSERT ON relations BEGIN
    UPDATE relations SET
        source_entity = (SELECT entity FROM mentions WHERE id = NEW.source),
        target_entity = (SELECT entity FROM mentions WHERE id = NEW.target),
        doc_seq = (SELECT seq FROM documents WHERE id = NEW.document),
        seq = NEW.rowid
    WHERE rowid = NEW.rowid;
END;

CREATE TABLE login_failures_numbered (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL,
    at REAL NOT NULL
);
INSERT INTO login_failures_numbered (key, at) SELECT key, at FROM login_failures;
DROP TABLE login_failures;
ALTER TABLE login_failures_numbered RENAME TO login_failures;
CREATE INDEX login_failures_key ON login_failures(key, at);
