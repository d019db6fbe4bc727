-- Agreed language: a library of texts already adopted (resolutions, outcome documents), split into
-- their paragraphs, which the draft's paragraphs are traced to; and the citations recorded when a
-- paragraph is taken from one of them. Like an input's, an adopted text never changes once imported.

CREATE TABLE agreed_text (
  id            INTEGER PRIMARY KEY,
  uid           TEXT NOT NULL UNIQUE,
  symbol        TEXT NOT NULL,
  title         TEXT NOT NULL,
  date          TEXT,
  language      TEXT,
  original_file TEXT,
  -- SHA-256 of the paragraphs as read (number, tab, text; a line each): the same text imported in
  -- two copies of a project is known as one by it
  sha256        TEXT NOT NULL UNIQUE,
  imported_at   TEXT NOT NULL,
  imported_by   TEXT
);

-- Preambular paragraphs are numbered in order (PP1, PP2 ...), operative ones as printed ("9", "12 bis").
CREATE TABLE agreed_paragraph (
  id      INTEGER PRIMARY KEY,
  uid     TEXT NOT NULL UNIQUE,
  text_id INTEGER NOT NULL REFERENCES agreed_text(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  kind    TEXT NOT NULL CHECK (kind IN ('PP', 'OP')),
  number  TEXT NOT NULL,
  text    TEXT NOT NULL,
  UNIQUE (text_id, ordinal)
);

CREATE TRIGGER agreed_text_is_immutable BEFORE UPDATE OF sha256, uid ON agreed_text
BEGIN
  SELECT RAISE(ABORT, 'an adopted text never changes once imported');
END;
CREATE TRIGGER agreed_paragraph_is_immutable BEFORE UPDATE ON agreed_paragraph
BEGIN
  SELECT RAISE(ABORT, 'an adopted text never changes once imported');
END;

CREATE VIRTUAL TABLE agreed_fts USING fts5(
  text, content='agreed_paragraph', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER agreed_fts_insert AFTER INSERT ON agreed_paragraph
BEGIN
  INSERT INTO agreed_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER agreed_fts_delete AFTER DELETE ON agreed_paragraph
BEGIN
  INSERT INTO agreed_fts(agreed_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

-- A draft paragraph taken from an adopted paragraph (inserted from the library): recorded with the
-- amendment that made it, so the citation stays whatever the paragraph becomes.
CREATE TABLE agreed_citation (
  id                  INTEGER PRIMARY KEY,
  uid                 TEXT NOT NULL UNIQUE,
  paragraph_id        TEXT NOT NULL REFERENCES paragraph(id),
  agreed_paragraph_id INTEGER NOT NULL REFERENCES agreed_paragraph(id) ON DELETE CASCADE,
  amendment_id        INTEGER REFERENCES amendment(id),
  created_at          TEXT NOT NULL,
  created_by          TEXT
);
CREATE INDEX agreed_citation_by_paragraph ON agreed_citation(paragraph_id);
CREATE INDEX agreed_paragraph_by_text ON agreed_paragraph(text_id, ordinal);
