package org.penholder.store;

import java.util.Locale;
import java.util.Optional;
import org.penholder.events.ProjectEvent.MetaChanged;
import org.penholder.text.DocumentWords;

/** Project-wide settings kept in the file: title, document symbol, frozen numbering. */
public final class MetaStore {

    public static final String TITLE = "title";
    public static final String SYMBOL = "symbol";
    public static final String CREATED_AT = "created_at";
    public static final String CREDIT = "credit";
    /** The id every copy of the project shares (docs/adr/0140). */
    public static final String PROJECT_ID = "project_id";
    /** Id of the revision whose numbers are frozen, when numbering is frozen. */
    public static final String FROZEN_NUMBERING_REVISION = "frozen_numbering_revision";
    /** The language of the fixed words of the Word files written from the project (a tag: "fr"); English when unset. */
    public static final String DOCUMENT_LANGUAGE = "document_language";

    private final Database db;

    public MetaStore(Database db) {
        this.db = db;
    }

    public Optional<String> get(String key) {
        return db.read(c -> Sql.one(c, "SELECT value FROM meta WHERE key = ?", rs -> rs.getString(1), key));
    }

    public void put(String key, String value) {
        db.run(MetaChanged.of(key), c -> {
            if (value == null) {
                Sql.update(c, "DELETE FROM meta WHERE key = ?", key);
            } else {
                Sql.update(
                        c,
                        "INSERT INTO meta(key, value) VALUES (?, ?) "
                                + "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                        key,
                        value);
            }
        });
    }

    /** The project's id, shared by every copy of the file. */
    public String projectId() {
        return get(PROJECT_ID).orElseThrow(() -> new StoreException(db.file() + ": the project has no id"));
    }

    /** The language the documents written from the project are in (see project.DocumentLanguage); English when unset. */
    public Locale documentLanguage() {
        return get(DOCUMENT_LANGUAGE).map(Locale::forLanguageTag).orElse(Locale.ENGLISH);
    }

    /** The draft's title; a draft without one is named "Untitled draft" in the document's language. */
    public String title() {
        return get(TITLE).orElseGet(() -> DocumentWords.in(documentLanguage()).get("draft.untitled"));
    }
}
