package org.penholder.model;

/** Who makes a change: a person's name and the team they draft for. */
public record Author(String name, String team) {

    private static final String UNKNOWN_NAME = "Unknown author";

    public static final Author UNKNOWN = new Author(UNKNOWN_NAME, "");

    public Author {
        name = name == null || name.isBlank() ? UNKNOWN_NAME : name.strip();
        team = team == null ? "" : team.strip();
    }

    /** "Name (Team)" or just the name. */
    public String display() {
        return team.isEmpty() ? name : name + " (" + team + ")";
    }
}
