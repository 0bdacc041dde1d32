-- Relations between mentions (their entities are looked up through mentions.entity, so
-- merging or splitting entities never touches this table). start/end span the evidence.
CREATE TABLE relations (
    id TEXT PRIMARY KEY,
    document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    date TEXT,
    date_source TEXT,
    negated INTEGER NOT NULL DEFAULT 0,
    modality TEXT,
    method TEXT NOT NULL,
    attributes TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX relations_source ON relations(source);
CREATE INDEX relations_target ON relations(target);
CREATE INDEX relations_type ON relations(type);
CREATE INDEX relations_document ON relations(document, start);
CREATE INDEX relations_date ON relations(date);
