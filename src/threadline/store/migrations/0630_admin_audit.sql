-- The audit trail of administration (users, roles, grants, collections, sanctions lists):
-- who did it (actor), when, what (action, subject, detail) and why (reason, optional),
-- whether from the admin pages, the API or the command line. Merge/split decisions keep theirs in
-- entity_decisions.
CREATE TABLE admin_actions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    detail TEXT,
    actor TEXT NOT NULL,
    reason TEXT,
    created_at TEXT NOT NULL
);
