-- Penholder project file, schema version 1.
-- One file holds one draft and all its inputs. Times are ISO-8601 instants in UTC, dates ISO days.

CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE stakeholder_group (
  id       INTEGER PRIMARY KEY,
  name     TEXT NOT NULL UNIQUE COLLATE NOCASE,
  position INTEGER NOT NULL
);

CREATE TABLE stakeholder (
  id       INTEGER PRIMARY KEY,
  name     TEXT NOT NULL UNIQUE COLLATE NOCASE,
  group_id INTEGER REFERENCES stakeholder_group(id),
  country  TEXT
);

CREATE TABLE input (
  id                INTEGER PRIMARY KEY,
  stakeholder_id    INTEGER REFERENCES stakeholder(id),
  kind              TEXT NOT NULL DEFAULT 'WRITTEN' CHECK (kind IN ('WRITTEN', 'ORAL')),
  title             TEXT NOT NULL,
  occasion          TEXT,
  date              TEXT,
  language          TEXT,
  original_file     TEXT,
  sha256            TEXT NOT NULL UNIQUE,
  imported_at       TEXT NOT NULL,
  text              TEXT NOT NULL,
  -- 1 when the text is written in a script without spaces between words (Chinese, Japanese):
  -- such inputs are also indexed by trigrams.
  cjk               INTEGER NOT NULL DEFAULT 0,
  near_duplicate_of INTEGER REFERENCES input(id)
);
CREATE INDEX input_by_stakeholder ON input(stakeholder_id);
CREATE INDEX input_by_near_duplicate ON input(near_duplicate_of);

-- Links point at character offsets of an input's text, so the text never changes once imported.
CREATE TRIGGER input_text_is_immutable BEFORE UPDATE OF text, sha256 ON input
BEGIN
  SELECT RAISE(ABORT, 'the text of an input never changes once imported');
END;

CREATE VIRTUAL TABLE input_fts USING fts5(
  title, text, content='input', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE input_trigram USING fts5(
  text, content='input', content_rowid='id', tokenize='trigram');

CREATE TRIGGER input_fts_insert AFTER INSERT ON input
BEGIN
  INSERT INTO input_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER input_trigram_insert AFTER INSERT ON input WHEN new.cjk = 1
BEGIN
  INSERT INTO input_trigram(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER input_fts_delete AFTER DELETE ON input
BEGIN
  INSERT INTO input_fts(input_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER input_trigram_delete AFTER DELETE ON input WHEN old.cjk = 1
BEGIN
  INSERT INTO input_trigram(input_trigram, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER input_fts_retitle AFTER UPDATE OF title ON input
BEGIN
  INSERT INTO input_fts(input_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
  INSERT INTO input_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;

CREATE TABLE tag (
  id       INTEGER PRIMARY KEY,
  kind     TEXT NOT NULL CHECK (kind IN ('CLUSTER', 'ACTION_LINE')),
  code     TEXT NOT NULL DEFAULT '',
  name     TEXT NOT NULL,
  position INTEGER NOT NULL,
  UNIQUE (kind, name)
);

CREATE TABLE input_tag (
  input_id INTEGER NOT NULL REFERENCES input(id) ON DELETE CASCADE,
  tag_id   INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
  PRIMARY KEY (input_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX input_tag_by_tag ON input_tag(tag_id);

CREATE TABLE section (
  id       TEXT PRIMARY KEY,
  title    TEXT NOT NULL,
  position INTEGER NOT NULL,
  deleted  INTEGER NOT NULL DEFAULT 0
);

-- Paragraphs are never removed from the table, only marked deleted, so that their amendments,
-- links and revision snapshots keep pointing at them.
CREATE TABLE paragraph (
  id         TEXT PRIMARY KEY,
  section_id TEXT REFERENCES section(id),
  kind       TEXT NOT NULL CHECK (kind IN ('PP', 'OP')),
  position   INTEGER NOT NULL,
  status     TEXT NOT NULL DEFAULT 'DRAFTING'
             CHECK (status IN ('DRAFTING', 'UNDER_NEGOTIATION', 'BRACKETED', 'AGREED_AD_REF', 'AGREED')),
  text       TEXT NOT NULL DEFAULT '',
  deleted    INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);
CREATE INDEX paragraph_in_order ON paragraph(deleted, section_id, position);

CREATE TABLE link (
  id             INTEGER PRIMARY KEY,
  paragraph_id   TEXT NOT NULL REFERENCES paragraph(id),
  input_id       INTEGER NOT NULL REFERENCES input(id) ON DELETE CASCADE,
  start_char     INTEGER NOT NULL CHECK (start_char >= 0),
  end_char       INTEGER NOT NULL CHECK (end_char > start_char),
  quote          TEXT NOT NULL,
  note           TEXT,
  created_at     TEXT NOT NULL,
  created_by     TEXT,
  -- the paragraph's text when the link was made or last confirmed: a link whose paragraph has
  -- changed a lot since is suspect until someone confirms it
  paragraph_text TEXT,
  suspect        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX link_by_paragraph ON link(paragraph_id);
CREATE INDEX link_by_input ON link(input_id);

CREATE TABLE revision (
  id               INTEGER PRIMARY KEY,
  name             TEXT NOT NULL UNIQUE COLLATE NOCASE,
  note             TEXT,
  created_at       TEXT NOT NULL,
  created_by       TEXT,
  title            TEXT NOT NULL,
  symbol           TEXT,
  numbering_frozen INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE revision_block (
  revision_id INTEGER NOT NULL REFERENCES revision(id) ON DELETE CASCADE,
  ordinal     INTEGER NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('HEADING', 'PP', 'OP')),
  ref_id      TEXT NOT NULL,
  label       TEXT,
  status      TEXT,
  text        TEXT NOT NULL,
  PRIMARY KEY (revision_id, ordinal)
) WITHOUT ROWID;
CREATE INDEX revision_block_by_ref ON revision_block(ref_id);

CREATE TRIGGER revision_is_immutable BEFORE UPDATE OF name, created_at, title, symbol ON revision
BEGIN
  SELECT RAISE(ABORT, 'a revision never changes once made');
END;
CREATE TRIGGER revision_block_is_immutable BEFORE UPDATE ON revision_block
BEGIN
  SELECT RAISE(ABORT, 'a revision never changes once made');
END;

CREATE TABLE amendment (
  id                   INTEGER PRIMARY KEY,
  paragraph_id         TEXT REFERENCES paragraph(id),
  section_id           TEXT REFERENCES section(id),
  kind                 TEXT NOT NULL CHECK (kind IN ('INSERT_TEXT', 'DELETE_TEXT', 'REPLACE_TEXT',
                         'NEW_PARAGRAPH', 'DELETE_PARAGRAPH', 'MOVE_PARAGRAPH', 'SPLIT_PARAGRAPH',
                         'JOIN_PARAGRAPHS', 'CHANGE_STATUS', 'CHANGE_KIND', 'NEW_SECTION',
                         'RENAME_SECTION', 'DELETE_SECTION', 'CHANGE_TITLE')),
  before_text          TEXT,
  after_text           TEXT,
  author               TEXT NOT NULL,
  team                 TEXT NOT NULL DEFAULT '',
  created_at           TEXT NOT NULL,
  updated_at           TEXT NOT NULL,
  proposer_id          INTEGER REFERENCES stakeholder(id),
  status               TEXT NOT NULL
                         CHECK (status IN ('APPLIED', 'PROPOSED', 'ACCEPTED', 'REJECTED', 'WITHDRAWN')),
  rationale            TEXT,
  proposal_id          INTEGER REFERENCES amendment(id),
  related_paragraph_id TEXT REFERENCES paragraph(id),
  detail               TEXT,
  decided_at           TEXT,
  decided_by           TEXT
);
CREATE INDEX amendment_by_paragraph ON amendment(paragraph_id, id);
CREATE INDEX amendment_by_status ON amendment(status, id);
CREATE INDEX amendment_by_proposal ON amendment(proposal_id);
