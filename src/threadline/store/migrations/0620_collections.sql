-- Collections created before any document is in them (by an admin), with who and when.
-- A collection also exists, as before, as soon as a document names it.
CREATE TABLE collections (
    name TEXT PRIMARY KEY,
    created_by TEXT,
    created_at TEXT NOT NULL
);
