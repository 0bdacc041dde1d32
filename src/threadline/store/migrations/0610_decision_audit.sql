-- The audit trail of human merge/split decisions: why (reason), what was moved (label:
-- the merged entity's name or the split mention's text) and the entity a split left (origin).
ALTER TABLE entity_decisions ADD COLUMN reason TEXT;
ALTER TABLE entity_decisions ADD COLUMN label TEXT;
ALTER TABLE entity_decisions ADD COLUMN origin TEXT;
