package org.penholder.model;

/**
 * How many inputs of one stakeholder group or thematic cluster there are, and how many of them
 * are reflected (linked by at least one paragraph of the text looked at).
 */
public record Uptake(String name, long inputs, long reflected) {

    /** The row of inputs whose stakeholder has no group (or that have no stakeholder). */
    public static final String NO_GROUP = "No stakeholder group";
    /** The row of inputs tagged with no thematic cluster. */
    public static final String NO_CLUSTER = "No cluster";

    public Uptake {
        if (reflected < 0 || reflected > inputs) {
            throw new IllegalArgumentException(name + ": " + reflected + " reflected of " + inputs + " inputs");
        }
    }

    public boolean hasInputs() {
        return inputs > 0;
    }

    /** Reflected inputs as a share of all, 0 to 1; 0 when there are no inputs (see {@link #hasInputs}). */
    public double share() {
        return inputs == 0 ? 0 : (double) reflected / inputs;
    }

    public long unreflected() {
        return inputs - reflected;
    }

    /** The share as people read it: "42%", or "–" when there is nothing to share. */
    public String percent() {
        return inputs == 0 ? "\u2013" : Math.round(share() * 100) + "%";
    }
}
