package org.penholder.about;

import java.util.List;

/** A library that ships inside Penholder, with the licences it is used under (as its Maven POM declares them). */
public record BundledLibrary(String name, String coordinates, String version, List<String> licences, String url) {

    public BundledLibrary {
        licences = List.copyOf(licences);
    }

    /** The licences as one line: "EPL-2.0 or LGPL-2.1-only" is written "EPL-2.0 | LGPL-2.1-only". */
    public String licenceText() {
        return String.join(" | ", licences);
    }
}
