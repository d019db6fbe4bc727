package org.penholder.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.penholder.model.Input;
import org.penholder.model.Stakeholder;
import org.penholder.model.Tag;
import org.penholder.store.Database;
import org.penholder.store.InputStore;
import org.penholder.store.StakeholderStore;
import org.penholder.store.TagStore;

/**
 * Changes what is said about inputs after their import: stakeholder (found or created), occasion,
 * date, language, kind-independent details and tags. Never their text.
 */
public final class InputDetailsEditor {

    private final Database db;
    private final InputStore inputs;
    private final StakeholderStore stakeholders;
    private final TagStore tags;

    public InputDetailsEditor(Database db, InputStore inputs, StakeholderStore stakeholders, TagStore tags) {
        this.db = db;
        this.inputs = inputs;
        this.stakeholders = stakeholders;
        this.tags = tags;
    }

    /**
     * Gives the inputs these details, all in one transaction; a blank stakeholder leaves the inputs
     * without one. Throws {@link IllegalArgumentException} for an unknown tag, changing nothing.
     */
    public void update(Collection<Long> inputIds, ImportDetails d) {
        db.run(() -> {
            List<Long> tagIds = new ArrayList<>();
            for (String name : d.tags()) {
                tagIds.add(tags.find(name)
                        .map(Tag::id)
                        .orElseThrow(() -> new IllegalArgumentException("there is no tag \"" + name + "\"")));
            }
            Long stakeholderId = null;
            if (d.stakeholder() != null) {
                Stakeholder s = stakeholders.findOrCreate(d.stakeholder(), d.group(), null);
                if (s.group() == null && d.group() != null) {
                    stakeholders.update(new Stakeholder(s.id(), s.name(), d.group(), s.country()));
                }
                stakeholderId = s.id();
            }
            for (long id : inputIds) {
                Input in = inputs.byId(id).orElseThrow(() -> new IllegalArgumentException("there is no input " + id));
                inputs.updateDetails(id, stakeholderId, in.title(), d.occasion(), d.date(), d.language());
                tags.setTagsOfInput(id, tagIds);
            }
        });
    }

    /** What an input's details are now, as the import form shows them. */
    public ImportDetails detailsOf(long inputId) {
        Input in = inputs.byId(inputId).orElseThrow(() -> new IllegalArgumentException("there is no input " + inputId));
        List<String> names = tags.ofInput(inputId).stream()
                .map(t -> t.code().isEmpty() ? t.name() : t.code())
                .toList();
        return new ImportDetails(
                in.stakeholder(), in.group(), in.kind(), in.occasion(), in.date(), in.language(), names);
    }
}
