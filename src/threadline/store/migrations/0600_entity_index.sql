-- Issue 12: an entity's profile in a few index lookups, even for hubs named in most documents.
--
-- 1. documents.seq: an explicit, increasing document order (ingest order) instead of rowid.
-- 2. entity_documents / entity_names: per entity, the documents it is named in (with the
--    mention count) and its proper-name forms per collection. Triggers on mentions keep
--    them exact through inserts, merges (UPDATE OF entity), splits and deletes.
-- 3. The entity at each end of a relation, the speaker of a quote, the holder of a role and
--    each event argument's entity are copied onto those rows (again by triggers), with the
--    document's seq, so "this entity's first 200 relations" is an ordered index range.

ALTER TABLE documents ADD COLUMN seq INTEGER;
UPDATE documents SET seq = rowid;
CREATE UNIQUE INDEX documents_seq ON documents(seq);
CREATE TRIGGER documents_seq_insert AFTER INSERT ON documents WHEN NEW.seq IS NULL BEGIN
    UPDATE documents SET seq = (SELECT coalesce(max(seq), 0) + 1 FROM documents)
    WHERE rowid = NEW.rowid;
END;

CREATE TABLE entity_documents (
    entity TEXT NOT NULL,
    document TEXT NOT NULL,
    collection TEXT NOT NULL,
    seq INTEGER NOT NULL,
    date TEXT,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (entity, document)
) WITHOUT ROWID;
CREATE INDEX entity_documents_date ON entity_documents(entity, date, seq);

CREATE TABLE entity_names (
    entity TEXT NOT NULL,
    collection TEXT NOT NULL,
    text TEXT NOT NULL,
    name TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (entity, collection, text, name)
) WITHOUT ROWID;

INSERT INTO entity_documents (entity, document, collection, seq, date, mentions)
SELECT m.entity, m.document, d.collection, d.seq, d.date, count(*)
FROM mentions m JOIN documents d ON d.id = m.document GROUP BY m.entity, m.document;

INSERT INTO entity_names (entity, collection, text, name, mentions)
SELECT m.entity, d.collection, m.text, coalesce(m.canonical, m.text), count(*)
FROM mentions m JOIN documents d ON d.id = m.document WHERE m.kind = 'name'
GROUP BY m.entity, d.collection, m.text, coalesce(m.canonical, m.text);

CREATE TRIGGER mentions_index_insert AFTER INSERT ON mentions BEGIN
    INSERT INTO entity_documents (entity, document, collection, seq, date, mentions)
    SELECT NEW.entity, d.id, d.collection, d.seq, d.date, 1 FROM documents d
    WHERE d.id = NEW.document
    ON CONFLICT (entity, document) DO UPDATE SET mentions = mentions + 1;
    INSERT INTO entity_names (entity, collection, text, name, mentions)
    SELECT NEW.entity, d.collection, NEW.text, coalesce(NEW.canonical, NEW.text), 1
    FROM documents d WHERE d.id = NEW.document AND NEW.kind = 'name'
    ON CONFLICT (entity, collection, text, name) DO UPDATE SET mentions = mentions + 1;
END;

CREATE TRIGGER mentions_index_delete AFTER DELETE ON mentions BEGIN
    UPDATE entity_documents SET mentions = mentions - 1
    WHERE entity = OLD.entity AND document = OLD.document;
    DELETE FROM entity_documents
    WHERE entity = OLD.entity AND document = OLD.document AND mentions <= 0;
    UPDATE entity_names SET mentions = mentions - 1
    WHERE OLD.kind = 'name' AND entity = OLD.entity AND text = OLD.text
    AND name = coalesce(OLD.canonical, OLD.text)
    AND collection = (SELECT collection FROM documents WHERE id = OLD.document);
    DELETE FROM entity_names WHERE entity = OLD.entity AND mentions <= 0;
END;

CREATE TRIGGER mentions_index_update AFTER UPDATE OF entity, text, canonical, kind ON mentions
BEGIN
    UPDATE entity_documents SET mentions = mentions - 1
    WHERE entity = OLD.entity AND document = OLD.document;
    DELETE FROM entity_documents
    WHERE entity = OLD.entity AND document = OLD.document AND mentions <= 0;
    UPDATE entity_names SET mentions = mentions - 1
    WHERE OLD.kind = 'name' AND entity = OLD.entity AND text = OLD.text
    AND name = coalesce(OLD.canonical, OLD.text)
    AND collection = (SELECT collection FROM documents WHERE id = OLD.document);
    DELETE FROM entity_names WHERE entity = OLD.entity AND mentions <= 0;
    INSERT INTO entity_documents (entity, document, collection, seq, date, mentions)
    SELECT NEW.entity, d.id, d.collection, d.seq, d.date, 1 FROM documents d
    WHERE d.id = NEW.document
    ON CONFLICT (entity, document) DO UPDATE SET mentions = mentions + 1;
    INSERT INTO entity_names (entity, collection, text, name, mentions)
    SELECT NEW.entity, d.collection, NEW.text, coalesce(NEW.canonical, NEW.text), 1
    FROM documents d WHERE d.id = NEW.document AND NEW.kind = 'name'
    ON CONFLICT (entity, collection, text, name) DO UPDATE SET mentions = mentions + 1;
END;

-- Copies of mentions.entity on the rows that point at mentions.
ALTER TABLE relations ADD COLUMN source_entity TEXT;
ALTER TABLE relations ADD COLUMN target_entity TEXT;
ALTER TABLE relations ADD COLUMN doc_seq INTEGER;
UPDATE relations SET
    source_entity = (SELECT entity FROM mentions WHERE id = relations.source),
    target_entity = (SELECT entity FROM mentions WHERE id = relations.target),
    doc_seq = (SELECT seq FROM documents WHERE id = relations.document);
CREATE INDEX relations_source_entity ON relations(source_entity, doc_seq, start);
CREATE INDEX relations_target_entity ON relations(target_entity, doc_seq, start);

ALTER TABLE quotes ADD COLUMN speaker_entity TEXT;
ALTER TABLE quotes ADD COLUMN doc_seq INTEGER;
UPDATE quotes SET
    speaker_entity = (SELECT entity FROM mentions WHERE id = quotes.speaker_mention),
    doc_seq = (SELECT seq FROM documents WHERE id = quotes.document);
CREATE INDEX quotes_speaker_entity ON quotes(speaker_entity, doc_seq, start);

ALTER TABLE roles ADD COLUMN entity TEXT;
ALTER TABLE roles ADD COLUMN doc_seq INTEGER;
UPDATE roles SET
    entity = (SELECT entity FROM mentions WHERE id = roles.mention),
    doc_seq = (SELECT seq FROM documents WHERE id = roles.document);
CREATE INDEX roles_entity ON roles(entity, doc_seq, start);

ALTER TABLE event_arguments ADD COLUMN entity TEXT;
UPDATE event_arguments SET entity = (SELECT entity FROM mentions WHERE id = event_arguments.mention);
CREATE INDEX event_arguments_entity ON event_arguments(entity);

CREATE TRIGGER relations_index_insert AFTER INSERT ON relations BEGIN
    UPDATE relations SET
        source_entity = (SELECT entity FROM mentions WHERE id = NEW.source),
        target_entity = (SELECT entity FROM mentions WHERE id = NEW.target),
        doc_seq = (SELECT seq FROM documents WHERE id = NEW.document)
    WHERE rowid = NEW.rowid;
END;

CREATE TRIGGER quotes_index_insert AFTER INSERT ON quotes BEGIN
    UPDATE quotes SET
        speaker_entity = (SELECT entity FROM mentions WHERE id = NEW.speaker_mention),
        doc_seq = (SELECT seq FROM documents WHERE id = NEW.document)
    WHERE rowid = NEW.rowid;
END;

CREATE TRIGGER roles_index_insert AFTER INSERT ON roles BEGIN
    UPDATE roles SET
        entity = (SELECT entity FROM mentions WHERE id = NEW.mention),
        doc_seq = (SELECT seq FROM documents WHERE id = NEW.document)
    WHERE rowid = NEW.rowid;
END;

CREATE TRIGGER event_arguments_index_insert AFTER INSERT ON event_arguments BEGIN
    UPDATE event_arguments SET entity = (SELECT entity FROM mentions WHERE id = NEW.mention)
    WHERE event = NEW.event AND role = NEW.role AND position = NEW.position;
END;

CREATE TRIGGER mentions_copy_entity AFTER UPDATE OF entity ON mentions BEGIN
    UPDATE relations SET source_entity = NEW.entity WHERE source = NEW.id;
    UPDATE relations SET target_entity = NEW.entity WHERE target = NEW.id;
    UPDATE quotes SET speaker_entity = NEW.entity WHERE speaker_mention = NEW.id;
    UPDATE roles SET entity = NEW.entity WHERE mention = NEW.id;
    UPDATE event_arguments SET entity = NEW.entity WHERE mention = NEW.id;
END;
