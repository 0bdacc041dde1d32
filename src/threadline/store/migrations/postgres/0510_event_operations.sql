-- PostgreSQL twin of ../0510_event_operations.sql: the named operation an event belongs to.
CREATE TABLE event_operations (
    event TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    mention TEXT NOT NULL,
    PRIMARY KEY (event, mention)
);
CREATE INDEX event_operations_mention ON event_operations(mention);
