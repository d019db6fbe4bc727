package org.penholder.history;

import java.util.function.Supplier;
import org.penholder.draft.Command;
import org.penholder.model.Amendment;
import org.penholder.model.Author;
import org.penholder.text.Phrase;

/**
 * Proposals and decisions on them as undoable commands. Undo never rewrites history: undoing an
 * acceptance reverses its change with a new amendment and opens the proposal again; undoing the
 * recording of a proposal marks it withdrawn.
 */
public final class ProposalCommands {

    private final ProposalService proposals;
    private final Supplier<Author> author;

    public ProposalCommands(ProposalService proposals, Supplier<Author> author) {
        this.proposals = proposals;
        this.author = author;
    }

    /** Wraps a proposal just recorded (by {@code record}) as a command. */
    public Command propose(Supplier<Amendment> record) {
        long id = record.get().id();
        return Command.of(
                Phrase.of("command.recordProposal", String.valueOf(id)),
                () -> proposals.withdraw(id, author.get()),
                () -> proposals.reopen(id, author.get()));
    }

    /** Wraps proposals just read from a file as one command: undoing withdraws them all, redoing opens them again. */
    public Command imported(String file, java.util.List<Long> ids) {
        java.util.List<Long> all = java.util.List.copyOf(ids);
        return Command.of(
                Phrase.of("command.importProposals", all.size(), file),
                () -> all.forEach(id -> proposals.withdraw(id, author.get())),
                () -> all.forEach(id -> proposals.reopen(id, author.get())));
    }

    public Command accept(long proposalId) {
        proposals.accept(proposalId, author.get());
        return Command.of(
                Phrase.of("command.acceptProposal", String.valueOf(proposalId)),
                () -> proposals.reopen(proposalId, author.get()),
                () -> proposals.accept(proposalId, author.get()));
    }

    public Command reject(long proposalId) {
        proposals.reject(proposalId, author.get());
        return Command.of(
                Phrase.of("command.rejectProposal", String.valueOf(proposalId)),
                () -> proposals.reopen(proposalId, author.get()),
                () -> proposals.reject(proposalId, author.get()));
    }

    public Command withdraw(long proposalId) {
        proposals.withdraw(proposalId, author.get());
        return Command.of(
                Phrase.of("command.withdrawProposal", String.valueOf(proposalId)),
                () -> proposals.reopen(proposalId, author.get()),
                () -> proposals.withdraw(proposalId, author.get()));
    }
}
