-- Issue 12: prefix indexes for short prefix queries. FTS5 answers `ex*` by merging the
-- document lists of every indexed word starting with "ex" (thousands of words in a news
-- corpus); with prefix='2 3' it keeps one merged list per 2- and 3-character prefix, read
-- like a single word. The table is rebuilt from documents (external content), so its
-- rowids and contents do not change.
DROP TABLE documents_fts;
CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text, content='documents', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2', prefix='2 3'
);
INSERT INTO documents_fts (documents_fts) VALUES ('rebuild');

-- The indexed words themselves, so a longer prefix (`extradit*`) can be rewritten as the
-- few words it stands for ("extradited" OR "extradition"), which FTS5 reads newest first
-- and stops early, instead of merging every matching document before ranking
-- (store/search.py, expand_prefixes).
CREATE VIRTUAL TABLE documents_fts_vocab USING fts5vocab(documents_fts, row);
