package org.penholder.docx;

import org.penholder.model.Author;

/** People who act in the docx tests. */
final class TestAuthors {
    static final Author ME = new Author("Ana Drafter", "Co-facilitators");

    private TestAuthors() {}
}
