package org.penholder.docx;

import org.penholder.model.Amendment;

/** A proposal as a compilation shows it: the amendment and who proposed it (null: a proposer the project lacks). */
public record CompiledProposal(Amendment amendment, String proposer, String proposerGroup) {}
