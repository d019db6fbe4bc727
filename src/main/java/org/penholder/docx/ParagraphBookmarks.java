package org.penholder.docx;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Paragraph and section ids carried inside a Word file as bookmarks around each paragraph, so that
 * a file sent out and returned can be matched paragraph by paragraph even when it was renumbered.
 * Names start with an underscore: Word keeps such bookmarks but hides them from its bookmark list
 * (like its own "_Toc" ones), and LibreOffice keeps them too.
 */
final class ParagraphBookmarks {

    static final String PREFIX = "_PH_";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_]{1,36}");

    private ParagraphBookmarks() {}

    /** The bookmark name for a paragraph or section id; empty for an id a bookmark name cannot hold. */
    static Optional<String> name(String id) {
        return id != null && ID.matcher(id).matches() ? Optional.of(PREFIX + id) : Optional.empty();
    }

    /** The id the first of our bookmarks carries among some bookmark names, or null. */
    static String firstId(java.util.List<String> bookmarkNames) {
        for (String name : bookmarkNames) {
            Optional<String> id = id(name);
            if (id.isPresent()) {
                return id.get();
            }
        }
        return null;
    }

    /** The id a bookmark carries, when it is one of ours. */
    static Optional<String> id(String bookmarkName) {
        if (bookmarkName == null || !bookmarkName.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String id = bookmarkName.substring(PREFIX.length());
        return ID.matcher(id).matches() ? Optional.of(id) : Optional.empty();
    }
}
