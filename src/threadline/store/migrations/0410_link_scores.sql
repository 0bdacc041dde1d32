-- Links by name similarity (rule match-v1, docs/resolution.md) keep the matcher's score,
-- its algorithm (with version) and its features as a JSON list: the explanation
-- `threadline links` shows. Links by other rules leave them NULL.
ALTER TABLE entity_links ADD COLUMN score REAL;
ALTER TABLE entity_links ADD COLUMN algorithm TEXT;
ALTER TABLE entity_links ADD COLUMN explanation TEXT;
