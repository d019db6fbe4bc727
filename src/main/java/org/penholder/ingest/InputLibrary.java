package org.penholder.ingest;

import java.util.List;
import java.util.Optional;
import org.penholder.model.Input;
import org.penholder.model.InputFilter;
import org.penholder.model.InputRow;
import org.penholder.model.SearchHit;
import org.penholder.model.SearchQuery;
import org.penholder.model.Stakeholder;
import org.penholder.model.Tag;
import org.penholder.store.InputIndex;
import org.penholder.store.InputStore;
import org.penholder.store.StakeholderStore;
import org.penholder.store.TagStore;

/**
 * The project's inputs as the library and the reader read them: listed and searched without their
 * texts, one text at a time, and what their details may be chosen from.
 */
public final class InputLibrary {

    private final InputStore inputs;
    private final InputIndex index;
    private final StakeholderStore stakeholders;
    private final TagStore tags;

    public InputLibrary(InputStore inputs, InputIndex index, StakeholderStore stakeholders, TagStore tags) {
        this.inputs = inputs;
        this.index = index;
        this.stakeholders = stakeholders;
        this.tags = tags;
    }

    /** The inputs the filter lets through, without their texts (near-identical ones once). */
    public List<InputRow> rows(InputFilter filter) {
        return index.rows(filter);
    }

    /** One input's row, as the library lists it. */
    public Optional<InputRow> row(long inputId) {
        return index.row(inputId);
    }

    /** The best {@code limit} inputs matching a search, with their snippets. */
    public List<SearchHit> search(SearchQuery query, InputFilter filter, int limit) {
        return index.search(query, filter, limit);
    }

    /** An input's details. */
    public Optional<Input> input(long inputId) {
        return inputs.byId(inputId);
    }

    /** An input's whole text. */
    public String text(long inputId) {
        return inputs.text(inputId);
    }

    /** What the details of inputs may be chosen from. */
    public record Choices(
            List<String> stakeholders,
            List<String> groups,
            List<String> occasions,
            List<String> languages,
            List<Tag> tags) {}

    /** The stakeholders, groups, occasions, languages and tags there are. */
    public Choices choices() {
        return new Choices(
                stakeholders.all().stream().map(Stakeholder::name).toList(),
                stakeholders.groups(),
                inputs.occasions(),
                inputs.languages(),
                tags.all());
    }
}
