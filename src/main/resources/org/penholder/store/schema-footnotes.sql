-- Footnotes of the draft's paragraphs (docs/adr/0130). A footnote hangs on a place in its
-- paragraph's text (anchor: the characters before its mark, in UTF-16 units) and follows edits of
-- that text. A removed footnote is marked, never deleted, so that undo brings it back as it was.
CREATE TABLE footnote (
  id           INTEGER PRIMARY KEY,
  uid          TEXT NOT NULL UNIQUE,
  paragraph_id TEXT NOT NULL REFERENCES paragraph(id),
  anchor       INTEGER NOT NULL CHECK (anchor >= 0),
  text         TEXT NOT NULL DEFAULT '',
  deleted      INTEGER NOT NULL DEFAULT 0,
  created_at   TEXT NOT NULL
);
CREATE INDEX footnote_by_paragraph ON footnote(paragraph_id, deleted, anchor);

-- The footnotes of a revision's paragraphs as they stood when it was made; immutable like its blocks.
CREATE TABLE revision_footnote (
  revision_id   INTEGER NOT NULL REFERENCES revision(id) ON DELETE CASCADE,
  block_ordinal INTEGER NOT NULL,
  position      INTEGER NOT NULL,
  footnote_uid  TEXT NOT NULL,
  anchor        INTEGER NOT NULL,
  text          TEXT NOT NULL,
  PRIMARY KEY (revision_id, block_ordinal, position)
) WITHOUT ROWID;

CREATE TRIGGER revision_footnote_is_immutable BEFORE UPDATE ON revision_footnote
BEGIN
  SELECT RAISE(ABORT, 'a revision never changes once made');
END;
