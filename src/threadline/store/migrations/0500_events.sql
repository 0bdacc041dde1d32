-- Events (issue 10) and coreference mentions.

-- Mentions are proper names unless coreference made them: a pronoun ("he") or a nominal
-- ("the ministry") that refers to ``antecedent`` (a mention id), linked by ``rule``.
ALTER TABLE mentions ADD COLUMN kind TEXT NOT NULL DEFAULT 'name';
ALTER TABLE mentions ADD COLUMN antecedent TEXT;
ALTER TABLE mentions ADD COLUMN rule TEXT;

-- One row per event: trigger span and words, evidence span, date as resolved and as
-- written, status (occurred, requested, denied…), the versioned method and attributes.
CREATE TABLE events (
    id TEXT PRIMARY KEY,
    document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    status TEXT NOT NULL,
    trigger_start INTEGER NOT NULL,
    trigger_end INTEGER NOT NULL,
    trigger TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    date TEXT,
    date_text TEXT,
    date_source TEXT,
    method TEXT NOT NULL,
    attributes TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX events_document ON events(document, trigger_start);
CREATE INDEX events_type ON events(type);
CREATE INDEX events_date ON events(date);

-- Arguments point at mentions (names, pronouns or nominals); their entity is looked up
-- through mentions.entity at read time, as for relations.
CREATE TABLE event_arguments (
    event TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('agent', 'target', 'place')),
    mention TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (event, role, position)
);
CREATE INDEX event_arguments_mention ON event_arguments(mention);
