package org.penholder.model;

import java.util.List;

/**
 * An input as the library lists it: its details, its tags, how many links draw on it, and its
 * group of near-identical submissions ({@code alike} others under it, or the one it belongs under).
 */
public record InputRow(Input input, List<Tag> tags, int links, int alike, Long nearDuplicateOf) {

    public InputRow {
        tags = List.copyOf(tags);
    }

    public long id() {
        return input.id();
    }
}
