package org.penholder.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.penholder.model.Ids;

/**
 * Remembers the uids of links, list entries and adopted texts removed from a project, so that merging a copy that
 * still holds one does not bring it back (docs/adr/0140). An undo that puts a record back takes its
 * uid back too: the record is the same one, not a new one.
 */
final class RemovedRecords {

    /** What kind of record was removed, and its table. */
    enum Kind {
        LINK("link"),
        STAKEHOLDER_GROUP("stakeholder_group"),
        TAG("tag"),
        AGREED_TEXT("agreed_text");

        final String table;

        Kind(String table) {
            this.table = table;
        }
    }

    private RemovedRecords() {}

    /** Notes that the row {@code localId} is about to be removed; {@code naturalKey} tells it from a later row with its id. */
    static void remember(Connection c, Kind kind, long localId, String naturalKey) throws SQLException {
        Sql.update(
                c,
                "INSERT OR REPLACE INTO removed_record(uid, kind, local_id, natural_key, removed_at) "
                        + "SELECT uid, ?, id, ?, ? FROM " + kind.table + " WHERE id = ? AND uid IS NOT NULL",
                kind.name(),
                naturalKey,
                Instant.now(),
                localId);
    }

    /**
     * The uid a record put back under its old id had (and no longer a removed one), or a new uid when
     * nothing of that id and key was removed.
     */
    static String takeBack(Connection c, Kind kind, long localId, String naturalKey) throws SQLException {
        Optional<String> uid = Sql.one(
                c,
                "SELECT uid FROM removed_record WHERE kind = ? AND local_id = ? AND natural_key IS ? "
                        + "ORDER BY removed_at DESC LIMIT 1",
                rs -> rs.getString(1),
                kind.name(),
                localId,
                naturalKey);
        if (uid.isEmpty()) {
            return Ids.newUid();
        }
        Sql.update(c, "DELETE FROM removed_record WHERE uid = ?", uid.get());
        return uid.get();
    }

    /** Forgets the removal of a record put back with its own uid (the undo of a removal). */
    static void forget(Connection c, Kind kind, long localId) throws SQLException {
        Sql.update(
                c,
                "DELETE FROM removed_record WHERE kind = ? AND uid = (SELECT uid FROM " + kind.table + " WHERE id = ?)",
                kind.name(),
                localId);
    }

    /** The natural key of a link: the passage it points at. */
    static String linkKey(long inputId, int start, int end) {
        return inputId + ":" + start + "-" + end;
    }
}
