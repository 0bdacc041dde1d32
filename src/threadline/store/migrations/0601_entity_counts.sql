-- Issue 12: an entity's mention and document counts per collection, kept by triggers on
-- entity_documents (0600), so a profile's counts are one row per collection even for a
-- hub named in every document.
CREATE TABLE entity_counts (
    entity TEXT NOT NULL,
    collection TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    documents INTEGER NOT NULL,
    PRIMARY KEY (entity, collection)
) WITHOUT ROWID;

INSERT INTO entity_counts (entity, collection, mentions, documents)
SELECT entity, collection, sum(mentions), count(*) FROM entity_documents
GROUP BY entity, collection;

CREATE TRIGGER entity_documents_count_insert AFTER INSERT ON entity_documents BEGIN
    INSERT INTO entity_counts (entity, collection, mentions, documents)
    VALUES (NEW.entity, NEW.collection, NEW.mentions, 1)
    ON CONFLICT (entity, collection) DO UPDATE
    SET mentions = mentions + excluded.mentions, documents = documents + 1;
END;

CREATE TRIGGER entity_documents_count_update AFTER UPDATE OF mentions ON entity_documents
BEGIN
    UPDATE entity_counts SET mentions = mentions + NEW.mentions - OLD.mentions
    WHERE entity = NEW.entity AND collection = NEW.collection;
END;

CREATE TRIGGER entity_documents_count_delete AFTER DELETE ON entity_documents BEGIN
    UPDATE entity_counts SET mentions = mentions - OLD.mentions, documents = documents - 1
    WHERE entity = OLD.entity AND collection = OLD.collection;
    DELETE FROM entity_counts
    WHERE entity = OLD.entity AND collection = OLD.collection AND documents <= 0;
END;
