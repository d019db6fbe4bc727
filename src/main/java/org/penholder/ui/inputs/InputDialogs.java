package org.penholder.ui.inputs;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.penholder.ingest.ImportDetails;
import org.penholder.ingest.ImportReport;
import org.penholder.ingest.InputLibrary;

/** The questions the Inputs view asks: files to import, what they are, the import's outcome. Tests answer without dialogs. */
public interface InputDialogs {

    /** Files of inputs to import (empty: cancelled). */
    List<Path> chooseInputFiles();

    /** A folder to import, read recursively. */
    Optional<Path> chooseInputFolder();

    /** A CSV file of stakeholders. */
    Optional<Path> chooseStakeholderCsv();

    /** Who the files come from, the occasion, date, language and tags. */
    Optional<ImportDetails> askDetails(String what, String action, InputLibrary.Choices choices, ImportDetails start);

    /** What an import did. */
    void showReport(ImportReport report);

    void showError(String title, String message);

    void showInformation(String title, String message);

    /** A note on a link, starting from the one it has. */
    Optional<String> askNote(String current);
}
