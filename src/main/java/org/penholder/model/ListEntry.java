package org.penholder.model;

/**
 * One entry of an editable list: a stakeholder group, a cluster or an action line. {@code code} is
 * "C3" for action lines and empty otherwise; {@code uses} counts the stakeholders in a group or the
 * inputs carrying a tag.
 */
public record ListEntry(long id, String code, String name, int uses) {

    /** "C3 Access to information and knowledge", or the name. */
    public String display() {
        return code == null || code.isEmpty() ? name : code + " " + name;
    }
}
