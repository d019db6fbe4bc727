package org.penholder.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The changes one piece of work made to a project, committed, as typed events (one of each kind at
 * most), and who asked for the work ({@code origin}: the view model that made the change, or null).
 * Delivered to the views in one go, so a view that follows several kinds reads again once.
 */
public record Changes(List<ProjectEvent> events, Object origin) {

    /** No change. */
    public static final Changes NONE = new Changes(List.of(), null);

    public Changes {
        events = List.copyOf(events);
    }

    /** The changes of these events, merged kind by kind, in the order each kind first came. */
    public static Changes of(Object origin, List<? extends ProjectEvent> events) {
        Map<Class<?>, ProjectEvent> merged = new LinkedHashMap<>();
        for (ProjectEvent e : events) {
            merged.merge(e.getClass(), e, ProjectEvent::merge);
        }
        if (merged.containsKey(ProjectEvent.ProjectReplaced.class)) {
            return new Changes(List.of(new ProjectEvent.ProjectReplaced()), origin);
        }
        return new Changes(new ArrayList<>(merged.values()), origin);
    }

    public static Changes of(ProjectEvent... events) {
        return of(null, List.of(events));
    }

    public boolean isEmpty() {
        return events.isEmpty();
    }

    /** True when anything may have changed ({@link ProjectEvent.ProjectReplaced}). */
    public boolean replaced() {
        return !events.isEmpty() && events.getFirst() instanceof ProjectEvent.ProjectReplaced;
    }

    /** True when an event of one of these kinds is here, or the whole project was replaced. */
    @SafeVarargs
    public final boolean touches(Class<? extends ProjectEvent>... kinds) {
        if (replaced()) {
            return true;
        }
        for (ProjectEvent e : events) {
            for (Class<? extends ProjectEvent> k : kinds) {
                if (k.isInstance(e)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The event of that kind, if there is one (after a replace there is none: ask {@link #touches}). */
    public <E extends ProjectEvent> Optional<E> get(Class<E> kind) {
        return events.stream().filter(kind::isInstance).map(kind::cast).findFirst();
    }

    /** True when the work was asked for by {@code who} (a view that already shows its own change). */
    public boolean causedBy(Object who) {
        return origin != null && origin == who;
    }

    /** The blocks of the draft that changed (empty when none, or after a replace). */
    public Set<String> paragraphs() {
        return get(ProjectEvent.ParagraphsChanged.class)
                .map(ProjectEvent.ParagraphsChanged::ids)
                .orElse(Set.of());
    }

    /** These changes followed by later ones, as one. */
    public Changes and(Changes later) {
        List<ProjectEvent> all = new ArrayList<>(events);
        all.addAll(later.events);
        return of(origin == later.origin ? origin : null, all);
    }
}
