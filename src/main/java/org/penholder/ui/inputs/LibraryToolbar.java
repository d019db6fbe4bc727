package org.penholder.ui.inputs;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.penholder.model.InputFilter;
import org.penholder.model.Tag;
import org.penholder.ui.common.Messages;
import org.penholder.ui.common.Widths;

/** The library's bar: search, the filters (group, tag, occasion, language, linked or not), the count, Import. */
final class LibraryToolbar extends FlowPane {

    private static final String ALL = "All";

    private final InputsViewModel vm;
    private final TextField search = new TextField();

    LibraryToolbar(InputsViewModel vm) {
        // wraps its filters to a second row where the window is narrow or their words long, rather than cut them
        super(8, 6);
        this.vm = vm;
        search.setId("inputs-search");
        search.setPromptText(Messages.get("inputs.libraryToolbar.searchInputsWordsPrefixA"));
        search.setPrefColumnCount(18);
        PauseTransition typing = new PauseTransition(Duration.millis(180));
        typing.setOnFinished(e -> vm.refresh());
        search.textProperty().addListener((o, a, b) -> {
            vm.queryProperty().set(b);
            typing.playFromStart();
        });
        ComboBox<String> group =
                filterBox(Messages.get("inputs.libraryToolbar.allGroups"), vm.groups(), s -> s, InputFilter::withGroup);
        group.setId("filter-group");
        ComboBox<String> occasion = filterBox(
                Messages.get("inputs.libraryToolbar.allOccasions"), vm.occasions(), s -> s, InputFilter::withOccasion);
        ComboBox<String> language = filterBox(
                Messages.get("inputs.libraryToolbar.allLanguages"),
                vm.languages(),
                org.penholder.ui.common.Formats::languageName,
                InputFilter::withLanguage);
        language.setId("filter-language");
        MenuButton importButton =
                new MenuButton(Messages.get("inputs.libraryToolbar.import"), new FontIcon(Material2AL.FILE_UPLOAD));
        importButton.setId("inputs-import");
        MenuItem files = new MenuItem(Messages.get("inputs.libraryToolbar.files"));
        files.setOnAction(e -> vm.importFiles());
        MenuItem folder = new MenuItem(Messages.get("inputs.libraryToolbar.aFolder"));
        folder.setOnAction(e -> vm.importFolder());
        importButton.getItems().addAll(files, folder);
        importButton.setDisable(!vm.isWritable());
        Label icon = new Label(null, new FontIcon(Material2MZ.SEARCH));
        Label status = new Label();
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().add("library-status");
        status.setMinWidth(Region.USE_PREF_SIZE);
        importButton.setMinWidth(Region.USE_PREF_SIZE);
        status.setId("library-status");
        getChildren().addAll(icon, search, group, tagBox(), occasion, language, linkedBox(), status, importButton);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(6, 10, 6, 10));
        getStyleClass().add("library-toolbar");
    }

    TextField search() {
        return search;
    }

    private ComboBox<String> tagBox() {
        ComboBox<String> tag = new ComboBox<>();
        tag.setId("filter-tag");
        Runnable fillTags = () -> {
            List<String> items = new ArrayList<>(List.of(ALL));
            vm.tags().forEach(t -> items.add(t.display()));
            tag.getItems().setAll(items);
            tag.setValue(ALL);
        };
        vm.tags().addListener((javafx.collections.ListChangeListener<Tag>) c -> fillTags.run());
        fillTags.run();
        tag.setConverter(label(v -> v.equals(ALL) ? Messages.get("inputs.libraryToolbar.allTags") : v));
        wholeWords(tag, Messages.get("inputs.libraryToolbar.allTags"));
        tag.valueProperty().addListener((o, a, v) -> {
            Long id = vm.tags().stream()
                    .filter(t -> t.display().equals(v))
                    .map(Tag::id)
                    .findFirst()
                    .orElse(null);
            vm.filterProperty().set(vm.filterProperty().get().withTag(id));
        });
        return tag;
    }

    private ComboBox<InputFilter.Linked> linkedBox() {
        ComboBox<InputFilter.Linked> linked = new ComboBox<>();
        linked.setId("filter-linked");
        linked.getItems().setAll(InputFilter.Linked.values());
        linked.setValue(InputFilter.Linked.ANY);
        linked.setConverter(label(l -> Messages.get("inputs.libraryToolbar.linked." + l.name())));
        wholeWords(
                linked,
                java.util.Arrays.stream(InputFilter.Linked.values())
                        .map(l -> Messages.get("inputs.libraryToolbar.linked." + l.name()))
                        .reduce("", (a, b) -> a.length() >= b.length() ? a : b));
        linked.valueProperty()
                .addListener((o, a, v) ->
                        vm.filterProperty().set(vm.filterProperty().get().withLinked(v)));
        return linked;
    }

    /** A filter box as wide as its longest own words ("Toutes les étiquettes"), never cut, and no wider. */
    private static void wholeWords(ComboBox<?> box, String words) {
        double width = Math.max(120, Widths.toShow(words, 48));
        box.setMinWidth(width);
        box.setPrefWidth(width);
        box.setMaxWidth(width);
    }

    private static <T> javafx.util.StringConverter<T> label(java.util.function.Function<T, String> f) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private ComboBox<String> filterBox(
            String all,
            javafx.collections.ObservableList<String> choices,
            java.util.function.Function<String, String> display,
            java.util.function.BiFunction<InputFilter, String, InputFilter> apply) {
        ComboBox<String> box = new ComboBox<>();
        Runnable fill = () -> {
            String keep = box.getValue();
            List<String> items = new ArrayList<>(List.of(ALL));
            items.addAll(choices);
            box.getItems().setAll(items);
            box.setValue(keep != null && items.contains(keep) ? keep : ALL);
        };
        choices.addListener((javafx.collections.ListChangeListener<String>) c -> fill.run());
        fill.run();
        box.setConverter(label(v -> v.equals(ALL) ? all : display.apply(v)));
        wholeWords(box, all);
        box.valueProperty().addListener((o, a, v) -> {
            if (v != null) {
                vm.filterProperty().set(apply.apply(vm.filterProperty().get(), v.equals(ALL) ? null : v));
            }
        });
        return box;
    }
}
