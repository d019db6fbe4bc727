package org.penholder.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.penholder.events.ProjectEvent.InputsChanged;
import org.penholder.events.ProjectEvent.LinksChanged;
import org.penholder.events.ProjectEvent.ParagraphsChanged;
import org.penholder.events.ProjectEvent.ProjectReplaced;

/** A batch of changes: one event of each kind, merged; a replace stands for everything. */
class ChangesTest {

    @Test
    void eventsOfOneKindMergeInTheOrderTheKindsCame() {
        Changes c = Changes.of(
                "me",
                List.of(
                        ParagraphsChanged.of("a"),
                        new LinksChanged(Set.of("a"), Set.of(1L)),
                        ParagraphsChanged.of("b"),
                        new LinksChanged(Set.of("c"), Set.of(2L))));
        assertEquals(
                List.of(new ParagraphsChanged(Set.of("a", "b")), new LinksChanged(Set.of("a", "c"), Set.of(1L, 2L))),
                c.events());
        assertEquals(Set.of("a", "b"), c.paragraphs());
        assertTrue(c.causedBy("me"));
        assertFalse(c.causedBy(new Object()));
        assertTrue(c.touches(LinksChanged.class));
        assertFalse(c.touches(InputsChanged.class));
    }

    @Test
    void aReplaceTouchesEveryKindButNamesNoIds() {
        Changes c = Changes.of(null, List.of(ParagraphsChanged.of("a"), new ProjectReplaced()));
        assertTrue(c.replaced());
        assertEquals(List.of(new ProjectReplaced()), c.events());
        assertTrue(c.touches(InputsChanged.class));
        assertEquals(Set.of(), c.paragraphs());
    }

    @Test
    void aRolledBackSavepointForgetsOnlyItsEvents() {
        ChangeLog log = new ChangeLog();
        log.record(true);
        log.post(ParagraphsChanged.of("kept"));
        int mark = log.mark();
        log.post(ParagraphsChanged.of("dropped"));
        log.rollbackTo(mark);
        log.commit();
        log.post(ParagraphsChanged.of("rolled back"));
        log.rollback();
        assertEquals(List.of(ParagraphsChanged.of("kept")), log.take());
        assertEquals(List.of(), log.take(), "taken once");
    }
}
