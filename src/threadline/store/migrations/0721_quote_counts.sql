-- Issue 12: how many quotes each entity speaks per collection, kept by triggers on quotes
-- as relation_counts (0720) is for relations, so a restricted user's profile counts a
-- hub's quotes from one row per collection instead of reading each quote's document.
CREATE TABLE quote_counts (
    entity TEXT NOT NULL,
    collection TEXT NOT NULL,
    quotes INTEGER NOT NULL,
    PRIMARY KEY (entity, collection)
) WITHOUT ROWID;

INSERT INTO quote_counts (entity, collection, quotes)
SELECT q.speaker_entity, d.collection, count(*) FROM quotes q
JOIN documents d ON d.id = q.document WHERE q.speaker_entity IS NOT NULL
GROUP BY q.speaker_entity, d.collection;

-- speaker_entity is filled by an UPDATE right after the insert (0600's
-- quotes_index_insert) and rewritten on merges and splits (mentions_copy_entity).
CREATE TRIGGER quotes_count_insert AFTER INSERT ON quotes WHEN NEW.speaker_entity IS NOT NULL
BEGIN
    INSERT INTO quote_counts (entity, collection, quotes)
    SELECT NEW.speaker_entity, d.collection, 1 FROM documents d WHERE d.id = NEW.document
    ON CONFLICT (entity, collection) DO UPDATE SET quotes = quotes + 1;
END;

CREATE TRIGGER quotes_count_update AFTER UPDATE OF speaker_entity, document ON quotes BEGIN
    UPDATE quote_counts SET quotes = quotes - 1
    WHERE entity = OLD.speaker_entity
    AND collection = (SELECT collection FROM documents WHERE id = OLD.document);
    DELETE FROM quote_counts WHERE entity = OLD.speaker_entity AND quotes <= 0;
    INSERT INTO quote_counts (entity, collection, quotes)
    SELECT NEW.speaker_entity, d.collection, 1 FROM documents d
    WHERE d.id = NEW.document AND NEW.speaker_entity IS NOT NULL
    ON CONFLICT (entity, collection) DO UPDATE SET quotes = quotes + 1;
END;

CREATE TRIGGER quotes_count_delete AFTER DELETE ON quotes BEGIN
    UPDATE quote_counts SET quotes = quotes - 1
    WHERE entity = OLD.speaker_entity
    AND collection = (SELECT collection FROM documents WHERE id = OLD.document);
    DELETE FROM quote_counts WHERE entity = OLD.speaker_entity AND quotes <= 0;
END;
