package org.penholder.model;

import java.time.LocalDate;

/** A link seen from its paragraph: the passage and who it comes from. */
public record LinkedPassage(
        Link link, String inputTitle, String stakeholder, String group, String occasion, LocalDate date) {}
