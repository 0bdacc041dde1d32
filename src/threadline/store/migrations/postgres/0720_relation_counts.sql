-- PostgreSQL twin of ../0720_relation_counts.sql: relations per entity and collection,
-- kept by one PL/pgSQL trigger. The entity columns are set by relations_copy (a BEFORE
-- trigger) as a row is stored, so inserts are counted as they come; a replaced relation
-- (INSERT … ON CONFLICT DO UPDATE sets document) and merges and splits (which rewrite
-- source_entity and target_entity) are updates.
CREATE TABLE relation_counts (
    entity TEXT NOT NULL,
    collection TEXT NOT NULL,
    relations INTEGER NOT NULL,
    PRIMARY KEY (entity, collection)
);

INSERT INTO relation_counts (entity, collection, relations)
SELECT ends.entity, d.collection, count(*) FROM (
    SELECT document, source_entity AS entity FROM relations WHERE source_entity IS NOT NULL
    UNION ALL
    SELECT document, target_entity FROM relations
    WHERE target_entity IS NOT NULL AND target_entity IS DISTINCT FROM source_entity
) AS ends JOIN documents d ON d.id = ends.document
GROUP BY ends.entity, d.collection;

CREATE FUNCTION threadline_relation_counts() RETURNS trigger AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE relation_counts SET relations = relations - 1
        WHERE entity IN (OLD.source_entity, OLD.target_entity)
        AND collection = (SELECT collection FROM documents WHERE id = OLD.document);
        DELETE FROM relation_counts
        WHERE entity IN (OLD.source_entity, OLD.target_entity) AND relations <= 0;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        INSERT INTO relation_counts AS rc (entity, collection, relations)
        SELECT DISTINCT ends.entity, d.collection, 1 FROM documents d
        CROSS JOIN (VALUES (NEW.source_entity), (NEW.target_entity)) AS ends (entity)
        WHERE d.id = NEW.document AND ends.entity IS NOT NULL
        ON CONFLICT (entity, collection) DO UPDATE SET relations = rc.relations + 1;
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER relations_count AFTER INSERT OR DELETE
    OR UPDATE OF source_entity, target_entity, document
ON relations FOR EACH ROW EXECUTE FUNCTION threadline_relation_counts();
