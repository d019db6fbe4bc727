package org.penholder.ui.common;

import java.util.function.Function;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.util.Callback;
import javafx.util.converter.DefaultStringConverter;

/**
 * Cell factories for one line of text per cell, as the default cells show it, that show text
 * holding right-to-left letters through a {@link SafeLine} (docs/adr/0060). Text without such
 * letters is the cell's own text, as in a default cell; a cell makes its line once and reuses it.
 */
public final class SafeCells {

    private SafeCells() {}

    /** Cells of a table column showing each value as {@code toString} gives it. */
    public static <S, T> Callback<TableColumn<S, T>, TableCell<S, T>> forTable(Function<? super T, String> toString) {
        return column -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                SafeLine.show(this, empty || item == null ? null : toString.apply(item));
            }
        };
    }

    /** Cells of a table column of strings. */
    public static <S> Callback<TableColumn<S, String>, TableCell<S, String>> forTable() {
        return forTable(Function.identity());
    }

    /** Cells of a tree table column showing each value as {@code toString} gives it. */
    public static <S, T> Callback<TreeTableColumn<S, T>, TreeTableCell<S, T>> forTreeTable(
            Function<? super T, String> toString) {
        return column -> new TreeTableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                SafeLine.show(this, empty || item == null ? null : toString.apply(item));
            }
        };
    }

    /** Cells of a list showing each item as {@code toString} gives it. */
    public static <T> Callback<ListView<T>, ListCell<T>> forList(Function<? super T, String> toString) {
        return list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                SafeLine.show(this, empty || item == null ? null : toString.apply(item));
            }
        };
    }

    /** Editable cells of a table column of strings: a text field while edited, a safe line otherwise. */
    public static <S> Callback<TableColumn<S, String>, TableCell<S, String>> forEditableTable() {
        return column -> new TextFieldTableCell<>(new DefaultStringConverter()) {
            @Override
            public void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                if (!isEditing()) {
                    SafeLine.show(this, empty ? null : item);
                }
            }

            @Override
            public void cancelEdit() {
                super.cancelEdit();
                SafeLine.show(this, isEmpty() ? null : getItem());
            }
        };
    }
}
