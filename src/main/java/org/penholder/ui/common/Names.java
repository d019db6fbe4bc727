package org.penholder.ui.common;

import org.penholder.model.Author;

/** People's names as the window shows them. */
public final class Names {

    private Names() {}

    /**
     * A person's name as kept in the project, but the one kept for a change nobody signed
     * ({@link Author#UNKNOWN_NAME}) said in the window's language ({@code author.unknown}).
     */
    public static String person(String name) {
        return Author.isUnknown(name) ? Messages.get("author.unknown") : name;
    }
}
