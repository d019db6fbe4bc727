package org.penholder.ui.preferences;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.penholder.model.Author;
import org.penholder.settings.Preferences;
import org.penholder.settings.UserSettings.Theme;
import org.penholder.ui.common.InterfaceLanguage;
import org.penholder.ui.common.Messages;

/**
 * The state of the Preferences dialog: name and team, theme (shown at once as it is picked), and the
 * language of the interface (the UN languages, those without a translation yet listed but not
 * choosable). Works without the FX thread.
 */
public final class PreferencesViewModel {

    /** One entry of the language list: a tag ("" follows the computer), its label, and whether it can be chosen. */
    public record LanguageChoice(String tag, String label, boolean available) {}

    private final StringProperty name = new SimpleStringProperty();
    private final StringProperty team = new SimpleStringProperty();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();
    private final ObjectProperty<LanguageChoice> language = new SimpleObjectProperty<>();
    private final List<LanguageChoice> languages;
    private final LanguageChoice initialLanguage;

    /**
     * @param system       the computer's locale, to name what "same as the computer" means
     * @param translations where translation files are looked for (the application's class loader)
     * @param previewTheme called with each theme picked, so that it shows at once
     */
    public PreferencesViewModel(
            Preferences current, Locale system, ClassLoader translations, Consumer<Theme> previewTheme) {
        name.set(current.author().name());
        team.set(current.author().team());
        theme.set(current.theme());
        languages = languageChoices(system, translations);
        initialLanguage = languages.stream()
                .filter(c -> c.tag().equals(current.language()))
                .findFirst()
                .orElse(languages.get(0));
        language.set(initialLanguage);
        theme.addListener((o, was, now) -> {
            if (now != null) {
                previewTheme.accept(now);
            }
        });
    }

    private static List<LanguageChoice> languageChoices(Locale system, ClassLoader translations) {
        List<LanguageChoice> out = new ArrayList<>();
        Locale shown = InterfaceLanguage.interfaceLocale("", system, translations);
        String systemName =
                InterfaceLanguage.of(shown).map(InterfaceLanguage::endonym).orElse("English");
        out.add(new LanguageChoice("", Messages.get("preferences.language.system", systemName), true));
        // no direction mark before a name: JavaFX draws it as a box (docs/adr/0060); the list's
        // cells lay a label out in the interface's direction (SafeLine)
        for (InterfaceLanguage l : InterfaceLanguage.values()) {
            boolean translated = l.isTranslated(translations);
            out.add(new LanguageChoice(
                    l.tag(),
                    translated ? l.endonym() : Messages.get("preferences.language.notTranslated", l.endonym()),
                    translated));
        }
        return List.copyOf(out);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty teamProperty() {
        return team;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ObjectProperty<LanguageChoice> languageProperty() {
        return language;
    }

    /** The system choice first, then English and the other UN languages. */
    public List<LanguageChoice> languages() {
        return languages;
    }

    /** True while the preferences can be kept: a name is given. */
    public BooleanBinding validProperty() {
        return Bindings.createBooleanBinding(
                () -> name.get() != null && !name.get().isBlank(), name);
    }

    /** True when another language was chosen: it applies at the next start. */
    public BooleanBinding languageChangedProperty() {
        return Bindings.createBooleanBinding(() -> language.get() != initialLanguage, language);
    }

    /** What the person set. */
    public Preferences result() {
        LanguageChoice chosen = language.get() != null && language.get().available() ? language.get() : initialLanguage;
        return new Preferences(new Author(name.get(), team.get()), theme.get(), chosen.tag());
    }
}
