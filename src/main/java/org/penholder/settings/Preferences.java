package org.penholder.settings;

import java.util.Objects;
import org.penholder.model.Author;

/**
 * What the person sets in Preferences: who they are (the author of their amendments), the theme,
 * and the language of the interface as a language tag ("" follows the computer's language).
 */
public record Preferences(Author author, UserSettings.Theme theme, String language) {

    public Preferences {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(theme, "theme");
        language = language == null ? "" : language.strip();
    }
}
