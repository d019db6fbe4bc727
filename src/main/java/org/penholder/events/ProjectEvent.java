package org.penholder.events;

import java.util.LinkedHashSet;
import java.util.Set;
import org.penholder.model.ListKind;

/**
 * What changed in a project, said by the code that changed it (the stores, as they write), so that
 * whoever shows the project reads again only what it shows. An event is a hint to read again, never
 * the new state itself: a view reads what it shows from the project after hearing it.
 *
 * <p>Events of the same kind merge (the sets of ids join), so a burst of changes is one event of each
 * kind. {@link ProjectReplaced} stands for every other kind: after it, everything may have changed.
 */
public sealed interface ProjectEvent {

    /** This event and a later one of the same kind as one event. */
    ProjectEvent merge(ProjectEvent later);

    /**
     * Blocks of the draft changed: paragraphs (text, status, kind, place; added, deleted or brought
     * back) or section headings, by id. The title is {@link MetaChanged}.
     */
    record ParagraphsChanged(Set<String> ids) implements ProjectEvent {
        public ParagraphsChanged {
            ids = Set.copyOf(ids);
        }

        public static ParagraphsChanged of(String... ids) {
            return new ParagraphsChanged(Set.of(ids));
        }

        @Override
        public ProjectEvent merge(ProjectEvent later) {
            return new ParagraphsChanged(join(ids, ((ParagraphsChanged) later).ids));
        }
    }

    /**
     * Links were made, removed, moved between paragraphs, annotated, confirmed or marked suspect:
     * the paragraphs and inputs at either end.
     */
    record LinksChanged(Set<String> paragraphIds, Set<Long> inputIds) implements ProjectEvent {
        public LinksChanged {
            paragraphIds = Set.copyOf(paragraphIds);
            inputIds = Set.copyOf(inputIds);
        }

        @Override
        public ProjectEvent merge(ProjectEvent later) {
            LinksChanged l = (LinksChanged) later;
            return new LinksChanged(join(paragraphIds, l.paragraphIds), join(inputIds, l.inputIds));
        }
    }

    /** Inputs were imported or removed, or their details (stakeholder, occasion, date, language, tags) changed. */
    record InputsChanged(Set<Long> ids) implements ProjectEvent {
        public InputsChanged {
            ids = Set.copyOf(ids);
        }

        public static InputsChanged of(Long... ids) {
            return new InputsChanged(Set.of(ids));
        }

        @Override
        public ProjectEvent merge(ProjectEvent later) {
            return new InputsChanged(join(ids, ((InputsChanged) later).ids));
        }
    }

    /** Stakeholders were added, removed, renamed or moved to another group or country. */
    record StakeholdersChanged(Set<Long> ids) implements ProjectEvent {
        public StakeholdersChanged {
            ids = Set.copyOf(ids);
        }

        public static StakeholdersChanged of(Long... ids) {
            return new StakeholdersChanged(Set.of(ids));
        }

        @Override
        public ProjectEvent merge(ProjectEvent later) {
            return new StakeholdersChanged(join(ids, ((StakeholdersChanged) later).ids));
        }
    }

    /** Entries of the editable lists (stakeholder groups, clusters, action lines) were added, renamed, removed or moved. */
    record ListsChanged(Set<ListKind> lists) implements ProjectEvent {
        public ListsChanged {
            lists = Set.copyOf(lists);
        }

        public static ListsChanged of(ListKind list) {
            return new ListsChanged(Set.of(list));
        }

        @Override
        public ProjectEvent merge(ProjectEvent later) {
            return new ListsChanged(join(lists, ((ListsChanged) later).lists));
        }
    }

    /** Proposals were recorded, decided, reopened or carried out, by amendment id. */
    record ProposalsChanged(Set<Long> ids) implements ProjectEvent {
        public ProposalsChanged {
            ids = Set.copyOf(ids);
        }

        public static ProposalsChanged of(Long... ids) {
            return new ProposalsChanged(Set.of(ids));
        }

        @Override
        public ProjectEvent merge(ProjectEvent later) {
            return new ProposalsChanged(join(ids, ((ProposalsChanged) later).ids));
        }
    }

    /** Revisions were frozen, imported or taken back. */
    record RevisionsChanged(Set<Long> ids) implements ProjectEvent {
        public RevisionsChanged {
            ids = Set.copyOf(ids);
        }

        public static RevisionsChanged of(Long... ids) {
            return new RevisionsChanged(Set.of(ids));
        }

        @Override
        public ProjectEvent merge(ProjectEvent later) {
            return new RevisionsChanged(join(ids, ((RevisionsChanged) later).ids));
        }
    }

    /** Adopted texts came into the project's library of agreed language, or went, or were cited (by text id). */
    record AgreedTextsChanged(Set<Long> ids) implements ProjectEvent {
        public AgreedTextsChanged {
            ids = Set.copyOf(ids);
        }

        public static AgreedTextsChanged of(Long... ids) {
            return new AgreedTextsChanged(Set.of(ids));
        }

        @Override
        public ProjectEvent merge(ProjectEvent later) {
            return new AgreedTextsChanged(join(ids, ((AgreedTextsChanged) later).ids));
        }
    }

    /** Project-wide values changed: title, symbol, credit, the revision whose numbering is frozen (by key). */
    record MetaChanged(Set<String> keys) implements ProjectEvent {
        public MetaChanged {
            keys = Set.copyOf(keys);
        }

        public static MetaChanged of(String... keys) {
            return new MetaChanged(Set.of(keys));
        }

        @Override
        public ProjectEvent merge(ProjectEvent later) {
            return new MetaChanged(join(keys, ((MetaChanged) later).keys));
        }
    }

    /**
     * Anything may have changed (a merge of copies, a restore, a write that did not say what it
     * changed): every view reads what it shows again.
     */
    record ProjectReplaced() implements ProjectEvent {
        @Override
        public ProjectEvent merge(ProjectEvent later) {
            return this;
        }
    }

    private static <T> Set<T> join(Set<T> a, Set<T> b) {
        if (a.containsAll(b)) {
            return a;
        }
        Set<T> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }
}
