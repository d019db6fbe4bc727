package org.penholder.model;

/** A heading of the draft; paragraphs below it belong to it until the next heading. */
public record Section(String id, String title, int position) {}
