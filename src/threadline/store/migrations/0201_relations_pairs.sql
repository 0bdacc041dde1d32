-- The evidence of one link (relations between two given mentions) in one index lookup,
-- even when one end is a hub with hundreds of thousands of relations.
CREATE INDEX relations_pair ON relations(source, target);
