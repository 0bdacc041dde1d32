-- Issue 12: how many relations name each entity (at either end; once when at both) per
-- collection, kept by triggers on relations as entity_counts (0601) is for mentions, so a
-- restricted user's profile counts a hub's relations from one row per collection instead
-- of reading each of its tens of thousands of relations and their documents.
CREATE TABLE relation_counts (
    entity TEXT NOT NULL,
    collection TEXT NOT NULL,
    relations INTEGER NOT NULL,
    PRIMARY KEY (entity, collection)
) WITHOUT ROWID;

INSERT INTO relation_counts (entity, collection, relations)
SELECT ends.entity, d.collection, count(*) FROM (
    SELECT document, source_entity AS entity FROM relations WHERE source_entity IS NOT NULL
    UNION ALL
    SELECT document, target_entity FROM relations
    WHERE target_entity IS NOT NULL AND target_entity IS NOT source_entity
) AS ends JOIN documents d ON d.id = ends.document
GROUP BY ends.entity, d.collection;

-- The entity columns are filled by an UPDATE right after the insert (0600's
-- relations_index_insert) and rewritten on merges and splits (mentions_copy_entity), so
-- the update trigger does most of the counting; the insert trigger counts rows inserted
-- with them already set. REPLACE deletes the old row (recursive_triggers is on).
CREATE TRIGGER relations_count_insert AFTER INSERT ON relations BEGIN
    INSERT INTO relation_counts (entity, collection, relations)
    SELECT ends.entity, d.collection, 1 FROM documents d
    JOIN (SELECT NEW.source_entity AS entity UNION SELECT NEW.target_entity) AS ends
    WHERE d.id = NEW.document AND ends.entity IS NOT NULL
    ON CONFLICT (entity, collection) DO UPDATE SET relations = relations + 1;
END;

CREATE TRIGGER relations_count_update AFTER UPDATE OF source_entity, target_entity, document
ON relations BEGIN
    UPDATE relation_counts SET relations = relations - 1
    WHERE entity IN (OLD.source_entity, OLD.target_entity)
    AND collection = (SELECT collection FROM documents WHERE id = OLD.document);
    DELETE FROM relation_counts
    WHERE entity IN (OLD.source_entity, OLD.target_entity) AND relations <= 0;
    INSERT INTO relation_counts (entity, collection, relations)
    SELECT ends.entity, d.collection, 1 FROM documents d
    JOIN (SELECT NEW.source_entity AS entity UNION SELECT NEW.target_entity) AS ends
    WHERE d.id = NEW.document AND ends.entity IS NOT NULL
    ON CONFLICT (entity, collection) DO UPDATE SET relations = relations + 1;
END;

CREATE TRIGGER relations_count_delete AFTER DELETE ON relations BEGIN
    UPDATE relation_counts SET relations = relations - 1
    WHERE entity IN (OLD.source_entity, OLD.target_entity)
    AND collection = (SELECT collection FROM documents WHERE id = OLD.document);
    DELETE FROM relation_counts
    WHERE entity IN (OLD.source_entity, OLD.target_entity) AND relations <= 0;
END;
