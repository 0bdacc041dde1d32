-- Sanctions screening: loaded lists, their entries, the candidate index and stored hits.
CREATE TABLE screen_lists (
    name TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    format TEXT NOT NULL,
    version TEXT NOT NULL,
    source TEXT NOT NULL,
    entry_count INTEGER NOT NULL,
    algorithm TEXT NOT NULL,
    loaded_at TEXT NOT NULL
);

-- forms: the names as compared (JSON [[tokens, removed, skeletal, weak], …]), computed at
-- load time by the algorithm named in screen_lists.algorithm.
CREATE TABLE screen_entries (
    id TEXT PRIMARY KEY,
    list TEXT NOT NULL,
    schema TEXT NOT NULL,
    name TEXT NOT NULL,
    forms TEXT NOT NULL,
    birth_dates TEXT NOT NULL DEFAULT '[]',
    countries TEXT NOT NULL DEFAULT '[]',
    data TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX screen_entries_list ON screen_entries(list);

-- Blocking keys (see threadline.screen.index) → entries.
CREATE TABLE screen_index (
    key TEXT NOT NULL,
    entry TEXT NOT NULL,
    list TEXT NOT NULL,
    PRIMARY KEY (key, entry)
) WITHOUT ROWID;
CREATE INDEX screen_index_list ON screen_index(list);

-- How many entries each key blocks (rebuilt after every load), for choosing rare keys.
CREATE TABLE screen_keys (
    key TEXT PRIMARY KEY,
    df INTEGER NOT NULL
) WITHOUT ROWID;

-- Screening results for extracted entities (threadline screen --extracted).
CREATE TABLE screen_hits (
    entity TEXT NOT NULL,
    entry TEXT NOT NULL,
    name TEXT NOT NULL,
    list TEXT NOT NULL,
    score REAL NOT NULL,
    match INTEGER NOT NULL,
    explanation TEXT NOT NULL,
    algorithm TEXT NOT NULL,
    screened_at TEXT NOT NULL,
    PRIMARY KEY (entity, entry)
);
