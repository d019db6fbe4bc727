package org.penholder.model;

/** A thematic cluster or a WSIS Action Line. {@code code} is "C3" for action lines, else empty. */
public record Tag(long id, TagKind kind, String code, String name) {

    /** "C3 Access to information and knowledge" or the cluster name. */
    public String display() {
        return code == null || code.isEmpty() ? name : code + " " + name;
    }
}
