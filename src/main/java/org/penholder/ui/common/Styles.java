package org.penholder.ui.common;

/** Penholder's own stylesheet, over the AtlantaFX theme: every scene adds it, dialogs too (they have scenes of their own). */
public final class Styles {

    private Styles() {}

    /** The URL of {@code penholder.css}, for {@code getStylesheets().add}. */
    public static String stylesheet() {
        return Styles.class.getResource("/org/penholder/ui/penholder.css").toExternalForm();
    }
}
