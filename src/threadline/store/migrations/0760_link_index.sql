-- The state of match-v3 (and surname-v2's story checks) after the last corpus pass
-- (store/link_index.py, store/link_rules.py), so that the next pass recomputes only what
-- new or changed names can change (resolve/incremental.py, docs/resolution.md). Derived
-- data: `threadline links --rebuild` rebuilds it, and a pass rebuilds the match-v3 part by
-- itself when `params` differs from the rule's settings (empty after `threadline
-- migrate`, which does not copy these tables).

-- What the rule read of each entity: type, name, and its two flags.
CREATE TABLE link_names (
    entity TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    stay INTEGER NOT NULL,
    absent INTEGER NOT NULL
);
-- Each entity's index keys: its blocking keys, and "part:" plus each part of a person's name.
CREATE TABLE link_keys (
    key TEXT NOT NULL,
    entity TEXT NOT NULL,
    PRIMARY KEY (key, entity)
);
CREATE INDEX link_keys_entity ON link_keys(entity);
-- Blocked pairs (a < b) that scored at or above the threshold.
CREATE TABLE link_edges (
    a TEXT NOT NULL,
    b TEXT NOT NULL,
    PRIMARY KEY (a, b)
);
CREATE INDEX link_edges_b ON link_edges(b);
-- The links match-v3 proposed (before the other rules took precedence), with the
-- matcher's result.
CREATE TABLE link_matches (
    alias_entity TEXT PRIMARY KEY,
    entity TEXT NOT NULL,
    score REAL NOT NULL,
    algorithm TEXT NOT NULL,
    explanation TEXT NOT NULL
);
-- surname-v2: whether a story naming the entity names a second bearer of the surname,
-- kept with a fingerprint of the entity's mention spans (stories never change).
CREATE TABLE link_surname_checks (
    entity TEXT NOT NULL,
    surname TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    shared INTEGER NOT NULL,
    PRIMARY KEY (entity, surname)
);
-- The rule, threshold and cut-offs the tables above were made with.
ALTER TABLE link_state ADD COLUMN params TEXT;
