package org.penholder.model;

/** Who makes a change: a person's name and the team they draft for. */
public record Author(String name, String team) {

    /**
     * The name kept for a change nobody signed (no name set, a tracked change without an author):
     * these English words in the project file, as older versions wrote them, put into words in the
     * reader's language wherever shown (docs/adr/0188).
     */
    public static final String UNKNOWN_NAME = "Unknown author";

    public static final Author UNKNOWN = new Author(UNKNOWN_NAME, "");

    public Author {
        name = name == null || name.isBlank() ? UNKNOWN_NAME : name.strip();
        team = team == null ? "" : team.strip();
    }

    /** True for the name of nobody known: blank, or {@link #UNKNOWN_NAME} as kept in the project. */
    public static boolean isUnknown(String name) {
        return name == null || name.isBlank() || name.strip().equals(UNKNOWN_NAME);
    }

    /** "Name (Team)" or just the name. */
    public String display() {
        return team.isEmpty() ? name : name + " (" + team + ")";
    }
}
