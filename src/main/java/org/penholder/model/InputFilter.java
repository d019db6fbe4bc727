package org.penholder.model;

/**
 * Which inputs the library shows. Every field is optional (null or {@link Linked#ANY} for "all").
 * Near-identical submissions are shown once, under the first of them, unless {@code alikeOf}
 * asks for the members of one group.
 */
public record InputFilter(String group, Long tagId, String occasion, String language, Linked linked, Long alikeOf) {

    /** Whether inputs with links, without links, or both are shown. */
    public enum Linked {
        ANY,
        LINKED,
        NOT_LINKED
    }

    public static final InputFilter ALL = new InputFilter(null, null, null, null, Linked.ANY, null);

    public InputFilter {
        linked = linked == null ? Linked.ANY : linked;
    }

    public InputFilter withGroup(String g) {
        return new InputFilter(g, tagId, occasion, language, linked, alikeOf);
    }

    public InputFilter withTag(Long t) {
        return new InputFilter(group, t, occasion, language, linked, alikeOf);
    }

    public InputFilter withOccasion(String o) {
        return new InputFilter(group, tagId, o, language, linked, alikeOf);
    }

    public InputFilter withLanguage(String l) {
        return new InputFilter(group, tagId, occasion, l, linked, alikeOf);
    }

    public InputFilter withLinked(Linked l) {
        return new InputFilter(group, tagId, occasion, language, l, alikeOf);
    }

    public InputFilter withAlikeOf(Long id) {
        return new InputFilter(group, tagId, occasion, language, linked, id);
    }

    /** True when nothing is filtered. */
    public boolean isAll() {
        return group == null
                && tagId == null
                && occasion == null
                && language == null
                && linked == Linked.ANY
                && alikeOf == null;
    }
}
