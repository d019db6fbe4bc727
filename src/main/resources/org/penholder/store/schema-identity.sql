-- Ids unique across the copies of a project, so that copies edited apart can be merged (docs/adr/0140).
--
-- A project has an id (meta 'project_id'); a copy of the file is the same project. Every record a
-- copy may also hold gets a uid, never changed once given. Rows of an older file get a uid made from
-- what the copies of that file share (local id and creation time, or name), so that two copies of
-- one file, each upgraded on its own laptop, still recognise their common records and their project.
-- New rows get a random uid from Penholder (Ids.newUid); a trigger gives one to a row inserted without.

-- (a file being created has no meta yet: Penholder gives it its id with its title)
INSERT INTO meta(key, value)
  SELECT 'project_id', COALESCE((SELECT 'v1-' || value FROM meta WHERE key = 'created_at'), lower(hex(randomblob(16))))
  WHERE NOT EXISTS (SELECT 1 FROM meta WHERE key = 'project_id') AND EXISTS (SELECT 1 FROM meta);

-- amendments (edits, proposals and decisions): decision_seq counts changes of a proposal's status,
-- so that of two copies the one that decided last (or took a decision back) is recognised
ALTER TABLE amendment ADD COLUMN uid TEXT;
ALTER TABLE amendment ADD COLUMN decision_seq INTEGER NOT NULL DEFAULT 0;
UPDATE amendment SET uid = 'a-' || id || '-' || created_at;
CREATE UNIQUE INDEX amendment_by_uid ON amendment(uid);
-- what a merge compares of every amendment, in the order written, read from the index alone (the
-- rows hold long texts)
CREATE INDEX amendment_merge_key ON amendment(id, uid, updated_at, status, decision_seq);
CREATE TRIGGER amendment_uid_given AFTER INSERT ON amendment WHEN new.uid IS NULL
BEGIN
  UPDATE amendment SET uid = lower(hex(randomblob(16))) WHERE id = new.id;
END;
CREATE TRIGGER amendment_uid_kept BEFORE UPDATE OF uid ON amendment
  WHEN old.uid IS NOT NULL AND new.uid IS NOT old.uid
BEGIN
  SELECT RAISE(ABORT, 'the uid of a record never changes');
END;
CREATE TRIGGER amendment_decision_counted AFTER UPDATE OF status ON amendment
  WHEN old.status IS NOT new.status AND new.decision_seq = old.decision_seq
BEGIN
  UPDATE amendment SET decision_seq = old.decision_seq + 1 WHERE id = new.id;
END;

-- links and their notes: note_seq counts changes of the note (a link's paragraph follows the draft)
ALTER TABLE link ADD COLUMN uid TEXT;
ALTER TABLE link ADD COLUMN note_seq INTEGER NOT NULL DEFAULT 0;
UPDATE link SET uid = 'l-' || id || '-' || created_at;
CREATE UNIQUE INDEX link_by_uid ON link(uid);
CREATE INDEX link_merge_key ON link(id, uid, paragraph_id, input_id, start_char, end_char, note_seq, suspect, note);
CREATE TRIGGER link_uid_given AFTER INSERT ON link WHEN new.uid IS NULL
BEGIN
  UPDATE link SET uid = lower(hex(randomblob(16))) WHERE id = new.id;
END;
CREATE TRIGGER link_uid_kept BEFORE UPDATE OF uid ON link
  WHEN old.uid IS NOT NULL AND new.uid IS NOT old.uid
BEGIN
  SELECT RAISE(ABORT, 'the uid of a record never changes');
END;
CREATE TRIGGER link_note_counted AFTER UPDATE OF note ON link
  WHEN old.note IS NOT new.note AND new.note_seq = old.note_seq
BEGIN
  UPDATE link SET note_seq = old.note_seq + 1 WHERE id = new.id;
END;

ALTER TABLE revision ADD COLUMN uid TEXT;
UPDATE revision SET uid = 'r-' || id || '-' || created_at;
CREATE UNIQUE INDEX revision_by_uid ON revision(uid);
CREATE TRIGGER revision_uid_given AFTER INSERT ON revision WHEN new.uid IS NULL
BEGIN
  UPDATE revision SET uid = lower(hex(randomblob(16))) WHERE id = new.id;
END;
CREATE TRIGGER revision_uid_kept BEFORE UPDATE OF uid ON revision
  WHEN old.uid IS NOT NULL AND new.uid IS NOT old.uid
BEGIN
  SELECT RAISE(ABORT, 'the uid of a record never changes');
END;

ALTER TABLE stakeholder ADD COLUMN uid TEXT;
UPDATE stakeholder SET uid = 'sh-' || lower(name);
CREATE UNIQUE INDEX stakeholder_by_uid ON stakeholder(uid);
CREATE TRIGGER stakeholder_uid_given AFTER INSERT ON stakeholder WHEN new.uid IS NULL
BEGIN
  UPDATE stakeholder SET uid = lower(hex(randomblob(16))) WHERE id = new.id;
END;
CREATE TRIGGER stakeholder_uid_kept BEFORE UPDATE OF uid ON stakeholder
  WHEN old.uid IS NOT NULL AND new.uid IS NOT old.uid
BEGIN
  SELECT RAISE(ABORT, 'the uid of a record never changes');
END;

ALTER TABLE stakeholder_group ADD COLUMN uid TEXT;
UPDATE stakeholder_group SET uid = 'g-' || lower(name);
CREATE UNIQUE INDEX stakeholder_group_by_uid ON stakeholder_group(uid);
CREATE TRIGGER stakeholder_group_uid_given AFTER INSERT ON stakeholder_group WHEN new.uid IS NULL
BEGIN
  UPDATE stakeholder_group SET uid = lower(hex(randomblob(16))) WHERE id = new.id;
END;
CREATE TRIGGER stakeholder_group_uid_kept BEFORE UPDATE OF uid ON stakeholder_group
  WHEN old.uid IS NOT NULL AND new.uid IS NOT old.uid
BEGIN
  SELECT RAISE(ABORT, 'the uid of a record never changes');
END;

ALTER TABLE tag ADD COLUMN uid TEXT;
UPDATE tag SET uid = 't-' || kind || '-' || name;
CREATE UNIQUE INDEX tag_by_uid ON tag(uid);
CREATE TRIGGER tag_uid_given AFTER INSERT ON tag WHEN new.uid IS NULL
BEGIN
  UPDATE tag SET uid = lower(hex(randomblob(16))) WHERE id = new.id;
END;
CREATE TRIGGER tag_uid_kept BEFORE UPDATE OF uid ON tag
  WHEN old.uid IS NOT NULL AND new.uid IS NOT old.uid
BEGIN
  SELECT RAISE(ABORT, 'the uid of a record never changes');
END;

-- Footnotes, adopted texts, their paragraphs and citations had a uid from their own steps (NOT NULL:
-- every writer gives one, so no trigger fills it). Their uid never changes either: an adopted text
-- and its paragraphs are immutable by their own triggers; footnotes and citations are kept here.
CREATE TRIGGER footnote_uid_kept BEFORE UPDATE OF uid ON footnote
  WHEN new.uid IS NOT old.uid
BEGIN
  SELECT RAISE(ABORT, 'the uid of a record never changes');
END;
CREATE TRIGGER agreed_citation_uid_kept BEFORE UPDATE OF uid ON agreed_citation
  WHEN new.uid IS NOT old.uid
BEGIN
  SELECT RAISE(ABORT, 'the uid of a record never changes');
END;

-- inputs are matched by the SHA-256 of their text; their details fill blanks
CREATE INDEX input_merge_key ON input(sha256, stakeholder_id, occasion, date, language);

-- Records removed from a copy (links, list entries, adopted texts), by uid, so that merging a copy
-- that still holds one does not bring it back. local_id and natural_key (a link's passage, an
-- entry's name, a text's SHA-256) let an undo put the record back under its own uid.
CREATE TABLE removed_record (
  uid         TEXT PRIMARY KEY,
  kind        TEXT NOT NULL CHECK (kind IN ('LINK', 'STAKEHOLDER_GROUP', 'TAG', 'AGREED_TEXT')),
  local_id    INTEGER,
  natural_key TEXT,
  removed_at  TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX removed_record_by_local_id ON removed_record(kind, local_id);
