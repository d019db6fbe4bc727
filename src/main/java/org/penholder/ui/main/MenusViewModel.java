package org.penholder.ui.main;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.common.Messages;
import org.penholder.ui.common.StandardAction;

/**
 * What the main window's menus offer: whether a project is open and can be changed (the items that
 * need one are off otherwise), and Undo and Redo named after what they would take back ("Undo Link
 * to OP3"), following the open project's command stack.
 */
public final class MenusViewModel {

    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper writable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(StandardAction.UNDO.text());
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(StandardAction.REDO.text());
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();

    /** Follows a project just opened. */
    public void follow(ProjectSession session) {
        open.set(true);
        writable.set(!session.project().isReadOnly());
        var undo = session.undoDescriptionProperty();
        var redo = session.redoDescriptionProperty();
        undoText.bind(Bindings.createStringBinding(
                () -> undo.get().isEmpty() ? StandardAction.UNDO.text() : Messages.get("action.undoWhat", undo.get()),
                undo));
        redoText.bind(Bindings.createStringBinding(
                () -> redo.get().isEmpty() ? StandardAction.REDO.text() : Messages.get("action.redoWhat", redo.get()),
                redo));
        canUndo.bind(undo.isNotEmpty());
        canRedo.bind(redo.isNotEmpty());
    }

    /** No project is open any more. */
    public void clear() {
        open.set(false);
        writable.set(false);
        undoText.unbind();
        redoText.unbind();
        canUndo.unbind();
        canRedo.unbind();
        undoText.set(StandardAction.UNDO.text());
        redoText.set(StandardAction.REDO.text());
        canUndo.set(false);
        canRedo.set(false);
    }

    /** A project is open (Save a Copy, Export, Close ...). */
    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    /** A project is open and can be changed (imports, Link Selection ...). */
    public ReadOnlyBooleanProperty writableProperty() {
        return writable.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }
}
