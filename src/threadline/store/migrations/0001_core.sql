-- Core schema: documents, mentions, entities, roles, quotes, aliases.
CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    title TEXT,
    source TEXT NOT NULL,
    author TEXT,
    url TEXT,
    date TEXT,
    format TEXT,
    collection TEXT NOT NULL DEFAULT 'default',
    chars INTEGER NOT NULL,
    text TEXT NOT NULL,
    metadata TEXT NOT NULL DEFAULT '{}',
    ingested_at TEXT NOT NULL
);
CREATE INDEX documents_collection ON documents(collection);
CREATE INDEX documents_date ON documents(date);

CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text, content='documents', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
);

CREATE TABLE entities (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    key TEXT NOT NULL
);
CREATE INDEX entities_type ON entities(type);
CREATE INDEX entities_name ON entities(name COLLATE NOCASE);

CREATE TABLE mentions (
    id TEXT PRIMARY KEY,
    document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    type TEXT NOT NULL,
    entity TEXT NOT NULL,
    canonical TEXT,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL,
    method TEXT NOT NULL
);
CREATE INDEX mentions_document ON mentions(document, start);
CREATE INDEX mentions_entity ON mentions(entity);
CREATE INDEX mentions_type ON mentions(type);

CREATE TABLE roles (
    id TEXT PRIMARY KEY,
    document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    mention TEXT NOT NULL,
    role TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    organization TEXT
);
CREATE INDEX roles_mention ON roles(mention);

CREATE TABLE quotes (
    id TEXT PRIMARY KEY,
    document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    speaker TEXT,
    speaker_mention TEXT
);
CREATE INDEX quotes_speaker ON quotes(speaker_mention);

-- Human decisions kept across re-resolution: merge (a into b) or split (mention out of entity).
CREATE TABLE entity_decisions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL CHECK (kind IN ('merge', 'split')),
    subject TEXT NOT NULL,
    target TEXT,
    author TEXT,
    created_at TEXT NOT NULL
);
