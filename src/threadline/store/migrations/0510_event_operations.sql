-- The named operation an event belongs to ("arrested in Operation Sea Breeze"): the
-- operation is an entity of type Operation, named by ``mention``; its entity is looked up
-- through mentions.entity at read time, as for event arguments.
CREATE TABLE event_operations (
    event TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    mention TEXT NOT NULL,
    PRIMARY KEY (event, mention)
);
CREATE INDEX event_operations_mention ON event_operations(mention);
