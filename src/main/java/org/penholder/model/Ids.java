package org.penholder.model;

import java.security.SecureRandom;

/**
 * Stable identifiers of paragraphs, sections and every other record that can come from another copy
 * of a project. They are made where the paragraph is made (the
 * editor needs one at once, before the project file has answered) and never change afterwards.
 */
public final class Ids {
    private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {}

    public static String newParagraphId() {
        return "p" + random(11);
    }

    public static String newSectionId() {
        return "s" + random(11);
    }

    /**
     * An id unique across every copy of every project (130 random bits), for records that a copy
     * edited on another laptop may also hold: amendments, links, proposals, revisions, notes ...
     */
    public static String newUid() {
        return random(26);
    }

    private static String random(int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(out);
    }
}
