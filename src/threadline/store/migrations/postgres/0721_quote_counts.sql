-- PostgreSQL twin of ../0721_quote_counts.sql: quotes per speaking entity and collection,
-- kept by one PL/pgSQL trigger (speaker_entity is set by quotes_copy as a row is stored).
CREATE TABLE quote_counts (
    entity TEXT NOT NULL,
    collection TEXT NOT NULL,
    quotes INTEGER NOT NULL,
    PRIMARY KEY (entity, collection)
);

INSERT INTO quote_counts (entity, collection, quotes)
SELECT q.speaker_entity, d.collection, count(*) FROM quotes q
JOIN documents d ON d.id = q.document WHERE q.speaker_entity IS NOT NULL
GROUP BY q.speaker_entity, d.collection;

CREATE FUNCTION threadline_quote_counts() RETURNS trigger AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE quote_counts SET quotes = quotes - 1
        WHERE entity = OLD.speaker_entity
        AND collection = (SELECT collection FROM documents WHERE id = OLD.document);
        DELETE FROM quote_counts WHERE entity = OLD.speaker_entity AND quotes <= 0;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.speaker_entity IS NOT NULL THEN
        INSERT INTO quote_counts AS qc (entity, collection, quotes)
        SELECT NEW.speaker_entity, d.collection, 1 FROM documents d WHERE d.id = NEW.document
        ON CONFLICT (entity, collection) DO UPDATE SET quotes = qc.quotes + 1;
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER quotes_count AFTER INSERT OR DELETE OR UPDATE OF speaker_entity, document
ON quotes FOR EACH ROW EXECUTE FUNCTION threadline_quote_counts();
