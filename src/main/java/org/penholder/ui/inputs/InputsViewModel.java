package org.penholder.ui.inputs;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.penholder.model.InputFilter;
import org.penholder.model.InputRow;
import org.penholder.model.SearchHit;
import org.penholder.model.SearchQuery;
import org.penholder.model.Tag;
import org.penholder.project.Project;
import org.penholder.ui.ProjectSession;

/**
 * The library's state: the search typed, the filters chosen, and the inputs they let through
 * (read on the project's thread; only the latest request's answer is shown).
 */
public final class InputsViewModel {

    /** Results shown for a search at most; the best ones. */
    static final int SEARCH_LIMIT = 100;

    private final ProjectSession session;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<InputFilter> filter = new SimpleObjectProperty<>(InputFilter.ALL);
    private final ObservableList<LibraryRow> rows = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final ObservableList<String> groups = FXCollections.observableArrayList();
    private final ObservableList<Tag> tags = FXCollections.observableArrayList();
    private final ObservableList<String> occasions = FXCollections.observableArrayList();
    private final ObservableList<String> languages = FXCollections.observableArrayList();
    private long request;

    public InputsViewModel(ProjectSession session) {
        this.session = session;
    }

    /** Reads the inputs again for the current search and filters. */
    public java.util.concurrent.CompletableFuture<Void> refresh() {
        long mine = ++request;
        String typed = query.get();
        InputFilter f = filter.get();
        return session.read(() -> read(session.project(), typed, f))
                .thenAccept(result -> session.onUi(() -> {
                    if (mine == request) {
                        rows.setAll(result.rows());
                        status.set(result.status());
                    }
                }));
    }

    private record Result(List<LibraryRow> rows, String status) {}

    private static Result read(Project p, String typed, InputFilter f) {
        SearchQuery q = SearchQuery.parse(typed);
        if (q.isEmpty()) {
            List<LibraryRow> out = new ArrayList<>();
            int inputs = 0;
            for (InputRow r : p.inputIndex().rows(f)) {
                out.add(new LibraryRow(r, null));
                inputs += 1 + (f.alikeOf() == null ? r.alike() : 0);
            }
            return new Result(
                    out,
                    inputs
                            + (inputs == 1 ? " input" : " inputs")
                            + (inputs != out.size() ? " (near-identical ones shown once)" : ""));
        }
        List<LibraryRow> out = new ArrayList<>();
        for (SearchHit h : p.inputIndex().search(q, f, SEARCH_LIMIT)) {
            p.inputIndex().row(h.input().id()).ifPresent(r -> out.add(new LibraryRow(r, h)));
        }
        return new Result(
                out,
                out.isEmpty()
                        ? "Nothing found"
                        : out.size()
                                + (out.size() == 1 ? " input found" : " inputs found")
                                + (out.size() == SEARCH_LIMIT ? " (the best " + SEARCH_LIMIT + ")" : ""));
    }

    /** Reads the lists the filters offer (groups, tags, occasions, languages). */
    public void refreshChoices() {
        session.read(() -> {
                    Project p = session.project();
                    return new Object[] {
                        p.stakeholders().groups(),
                        p.tags().all(),
                        p.inputs().occasions(),
                        p.inputs().languages()
                    };
                })
                .thenAccept(lists -> session.onUi(() -> {
                    setIfChanged(groups, cast(lists[0]));
                    setIfChanged(tags, cast(lists[1]));
                    setIfChanged(occasions, cast(lists[2]));
                    setIfChanged(languages, cast(lists[3]));
                }));
    }

    private static <T> void setIfChanged(ObservableList<T> list, List<T> now) {
        if (!list.equals(now)) {
            list.setAll(now);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(Object o) {
        return (List<T>) o;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<InputFilter> filterProperty() {
        return filter;
    }

    public ObservableList<LibraryRow> rows() {
        return rows;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObservableList<String> groups() {
        return groups;
    }

    public ObservableList<Tag> tags() {
        return tags;
    }

    public ObservableList<String> occasions() {
        return occasions;
    }

    public ObservableList<String> languages() {
        return languages;
    }
}
