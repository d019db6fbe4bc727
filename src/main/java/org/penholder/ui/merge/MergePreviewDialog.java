package org.penholder.ui.merge;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.penholder.merge.MergeReport;
import org.penholder.ui.common.Messages;

/** The preview of a merge in a dialog of its own: Merge, or Cancel with nothing written. */
public final class MergePreviewDialog {

    /** The button that merges. */
    public static final ButtonType MERGE =
            new ButtonType(Messages.get("merge.preview.merge"), ButtonBar.ButtonData.OK_DONE);

    private MergePreviewDialog() {}

    /** Shows what a merge would bring in and answers whether the person chose to merge. */
    public static boolean confirm(Window owner, MergeReport preview) {
        return dialog(owner, preview).showAndWait().orElse(ButtonType.CANCEL) == MERGE;
    }

    /** The dialog, not yet shown. */
    public static Dialog<ButtonType> dialog(Window owner, MergeReport preview) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("merge.title"));
        dialog.setHeaderText(Messages.get(
                "merge.preview.header", preview.other().getFileName().toString()));
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(new MergePreviewPane(preview));
        dialog.getDialogPane().setPrefWidth(900);
        dialog.getDialogPane().setMinWidth(760);
        dialog.getDialogPane().getButtonTypes().addAll(MERGE, ButtonType.CANCEL);
        return dialog;
    }
}
