package org.penholder.model;

/** Who spoke or wrote: a Member State, an organisation, a group speaking as one, a person. */
public record Stakeholder(long id, String name, String group, String country) {}
