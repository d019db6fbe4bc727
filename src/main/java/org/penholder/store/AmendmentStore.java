package org.penholder.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.penholder.events.ProjectEvent.ProposalsChanged;
import org.penholder.model.Amendment;
import org.penholder.model.AmendmentKind;
import org.penholder.model.AmendmentStatus;
import org.penholder.model.Ids;

/** The amendment log: every change to the draft, applied or proposed. */
public final class AmendmentStore {

    private final Database db;

    public AmendmentStore(Database db) {
        this.db = db;
    }

    /** Appends an amendment; its id and time are set here. */
    public Amendment append(Amendment a) {
        return db.write(c -> {
            Instant now = a.createdAt() == null ? Instant.now() : a.createdAt();
            long id = Sql.insert(
                    c,
                    "INSERT INTO amendment(paragraph_id, section_id, kind, before_text, after_text, author, "
                            + "team, created_at, updated_at, proposer_id, status, rationale, proposal_id, related_paragraph_id, "
                            + "detail, uid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    a.paragraphId(),
                    a.sectionId(),
                    a.kind(),
                    a.before(),
                    a.after(),
                    a.author(),
                    a.team(),
                    now,
                    now,
                    a.proposerId(),
                    a.status(),
                    a.rationale(),
                    a.proposalId(),
                    a.relatedParagraphId(),
                    a.detail(),
                    Ids.newUid());
            if (a.status() != AmendmentStatus.APPLIED) {
                db.changed(ProposalsChanged.of(id));
            }
            return new Amendment(
                    id,
                    a.paragraphId(),
                    a.sectionId(),
                    a.kind(),
                    a.before(),
                    a.after(),
                    a.author(),
                    a.team(),
                    now,
                    a.proposerId(),
                    a.status(),
                    a.rationale(),
                    a.proposalId(),
                    a.relatedParagraphId(),
                    a.detail());
        });
    }

    /** Extends an amendment of an editing burst with the text as it now stands. */
    public void extendBurst(long id, AmendmentKind kind, String after) {
        db.run(c -> Sql.update(
                c,
                "UPDATE amendment SET kind = ?, after_text = ?, updated_at = ? WHERE id = ?",
                kind,
                after,
                Instant.now(),
                id));
    }

    /** Records a decision on a proposal. */
    public void decide(long id, AmendmentStatus status, String decidedBy) {
        db.run(
                ProposalsChanged.of(id),
                c -> Sql.update(
                        c,
                        "UPDATE amendment SET status = ?, decided_at = ?, decided_by = ? WHERE id = ?",
                        status,
                        Instant.now(),
                        decidedBy,
                        id));
    }

    /** Takes a decision back: the proposal is open again. */
    public void reopen(long id) {
        db.run(
                ProposalsChanged.of(id),
                c -> Sql.update(
                        c,
                        "UPDATE amendment SET status = 'PROPOSED', decided_at = NULL, decided_by = NULL "
                                + "WHERE id = ?",
                        id));
    }

    /** Records that an applied amendment carries out a proposal. */
    public void linkProposal(long amendmentId, long proposalId) {
        db.run(
                ProposalsChanged.of(proposalId),
                c -> Sql.update(c, "UPDATE amendment SET proposal_id = ? WHERE id = ?", proposalId, amendmentId));
    }

    /** The amendments that carried out a proposal, oldest first. */
    public List<Amendment> applying(long proposalId) {
        return db.read(c -> Sql.list(
                c, "SELECT * FROM amendment WHERE proposal_id = ? ORDER BY id", AmendmentStore::map, proposalId));
    }

    /** Proposals from delegations, in any state, oldest first. */
    public List<Amendment> proposals() {
        return db.read(
                c -> Sql.list(c, "SELECT * FROM amendment WHERE status <> 'APPLIED' ORDER BY id", AmendmentStore::map));
    }

    public Optional<Amendment> byId(long id) {
        return db.read(c -> Sql.one(c, "SELECT * FROM amendment WHERE id = ?", AmendmentStore::map, id));
    }

    /** Everything that happened to a paragraph, oldest first. */
    public List<Amendment> ofParagraph(String paragraphId) {
        return db.read(c -> Sql.list(
                c, "SELECT * FROM amendment WHERE paragraph_id = ? ORDER BY id", AmendmentStore::map, paragraphId));
    }

    /** The newest amendments, newest first. */
    public List<Amendment> latest(int limit) {
        return db.read(
                c -> Sql.list(c, "SELECT * FROM amendment ORDER BY id DESC LIMIT ?", AmendmentStore::map, limit));
    }

    public List<Amendment> withStatus(AmendmentStatus status) {
        return db.read(
                c -> Sql.list(c, "SELECT * FROM amendment WHERE status = ? ORDER BY id", AmendmentStore::map, status));
    }

    /** The id of the newest amendment (0 when there is none): as many as have been written, cheaply. */
    public long lastId() {
        return db.read(c -> Sql.count(c, "SELECT COALESCE(MAX(id), 0) FROM amendment"));
    }

    /** Who last changed a paragraph or heading, and when. */
    public record LastChange(String id, String author, Instant at) {}

    /**
     * The last applied amendment of each paragraph and section made after {@code after} and up to
     * {@code until}: who made it and when (the end of a typing burst), by paragraph or section id.
     */
    public Map<String, LastChange> lastChanges(Instant after, Instant until) {
        // times are ISO strings: a coarse bound one second early lets SQLite skip older rows, the
        // exact interval is applied to the parsed times
        String bound = after.truncatedTo(ChronoUnit.SECONDS).minusSeconds(1).toString();
        return db.read(c -> {
            Map<String, LastChange> out = new HashMap<>();
            for (LastChange l : Sql.list(
                    c,
                    "SELECT COALESCE(paragraph_id, section_id) AS target, author, updated_at "
                            + "FROM amendment WHERE status = 'APPLIED' AND COALESCE(paragraph_id, section_id) IS NOT NULL "
                            + "AND updated_at >= ? ORDER BY id",
                    rs -> new LastChange(rs.getString("target"), rs.getString("author"), Sql.instant(rs, "updated_at")),
                    bound)) {
                if (l.at().isAfter(after) && !l.at().isAfter(until)) {
                    out.merge(l.id(), l, (was, now) -> now.at().isBefore(was.at()) ? was : now);
                }
            }
            return out;
        });
    }

    public long count() {
        return db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM amendment"));
    }

    static Amendment map(ResultSet rs) throws SQLException {
        return new Amendment(
                rs.getLong("id"),
                rs.getString("paragraph_id"),
                rs.getString("section_id"),
                AmendmentKind.valueOf(rs.getString("kind")),
                rs.getString("before_text"),
                rs.getString("after_text"),
                rs.getString("author"),
                rs.getString("team"),
                Sql.instant(rs, "created_at"),
                Sql.nullableLong(rs, "proposer_id"),
                AmendmentStatus.valueOf(rs.getString("status")),
                rs.getString("rationale"),
                Sql.nullableLong(rs, "proposal_id"),
                rs.getString("related_paragraph_id"),
                rs.getString("detail"));
    }
}
