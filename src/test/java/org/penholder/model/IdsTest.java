package org.penholder.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void recordIdsAreLongAndNeverRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            String id = Ids.newUid();
            assertEquals(26, id.length());
            assertTrue(id.chars().allMatch(c -> "abcdefghijkmnpqrstuvwxyz23456789".indexOf(c) >= 0), id);
            assertTrue(seen.add(id), "repeated id " + id);
        }
    }

    @Test
    void paragraphAndSectionIdsSayWhatTheyAre() {
        assertTrue(Ids.newParagraphId().matches("p[a-z2-9]{11}"));
        assertTrue(Ids.newSectionId().matches("s[a-z2-9]{11}"));
    }
}
