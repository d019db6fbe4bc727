package org.penholder.ui.inputs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.penholder.ingest.ImportDetails;
import org.penholder.ingest.ImportReport;

/** Answers the Inputs view's questions without dialogs, and remembers what it was shown. */
public final class FakeInputDialogs implements InputDialogs {

    public List<Path> files = List.of();
    public Path csv;
    public ImportDetails details;
    public final List<ImportReport> reports = new ArrayList<>();
    public final List<String> messages = new ArrayList<>();

    @Override
    public List<Path> chooseInputFiles() {
        return files;
    }

    @Override
    public Optional<Path> chooseInputFolder() {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseStakeholderCsv() {
        return Optional.ofNullable(csv);
    }

    @Override
    public Optional<ImportDetails> askDetails(
            String what, String action, org.penholder.ingest.InputLibrary.Choices choices, ImportDetails start) {
        return Optional.ofNullable(details);
    }

    @Override
    public void showReport(ImportReport report) {
        reports.add(report);
    }

    @Override
    public void showError(String title, String message) {
        messages.add(title + ": " + message);
    }

    @Override
    public void showInformation(String title, String message) {
        messages.add(title + ": " + message);
    }

    @Override
    public Optional<String> askNote(String current) {
        return Optional.empty();
    }
}
