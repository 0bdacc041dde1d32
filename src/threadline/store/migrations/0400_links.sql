-- Corpus-level links between entities (store/links.py; explained in docs/resolution.md).

-- Aliases a story introduced ("the Financial Action Task Force (FATF)"): the entity the
-- bare alias would be on its own, the entity of the full name, and the span that says so.
CREATE TABLE entity_aliases (
    alias_entity TEXT NOT NULL,
    alias TEXT NOT NULL,
    type TEXT NOT NULL,
    entity TEXT NOT NULL,
    document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    PRIMARY KEY (alias_entity, document)
);

-- Automatic links: the alias entity's mentions now belong to ``entity``, by ``rule``,
-- learned at the evidence span. ``undone_at`` is set when a person undid the link
-- (`threadline unlink`); such a link is never made again automatically.
CREATE TABLE entity_links (
    alias_entity TEXT PRIMARY KEY,
    alias TEXT NOT NULL,
    alias_type TEXT NOT NULL,
    entity TEXT NOT NULL,
    rule TEXT NOT NULL,
    evidence_document TEXT,
    evidence_start INTEGER,
    evidence_end INTEGER,
    created_at TEXT NOT NULL,
    undone_at TEXT
);
CREATE INDEX entity_links_entity ON entity_links(entity);

-- The mentions each link moved, so that undoing it moves exactly those back.
CREATE TABLE entity_link_mentions (
    mention TEXT PRIMARY KEY,
    alias_entity TEXT NOT NULL
);
CREATE INDEX entity_link_mentions_alias ON entity_link_mentions(alias_entity);
