package org.penholder.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.penholder.model.Amendment;
import org.penholder.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "decide", description = "Accept, reject or withdraw a proposal. Accepting applies it to the draft.")
final class DecideCommand implements Callable<Integer> {

    /** What can be decided. */
    enum Decision {
        ACCEPT,
        REJECT,
        WITHDRAW
    }

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectFile project = new ProjectFile();

    @Option(names = "--proposal", required = true, paramLabel = "ID", description = "The proposal's number.")
    long proposal;

    @Parameters(
            index = "1",
            paramLabel = "accept|reject|withdraw",
            description = "The decision.",
            converter = DecisionConverter.class)
    Decision decision;

    @Mixin
    AuthorOptions author = new AuthorOptions();

    static final class DecisionConverter implements picocli.CommandLine.ITypeConverter<Decision> {
        @Override
        public Decision convert(String value) {
            try {
                return Decision.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(
                        "expected accept, reject or withdraw, not \"" + value + "\"");
            }
        }
    }

    @Override
    public Integer call() {
        try (Project p = Project.open(project.path, Project.Access.WRITE)) {
            var service = p.proposalService();
            switch (decision) {
                case ACCEPT -> {
                    Amendment applied = service.accept(proposal, author.author());
                    spec.commandLine()
                            .getErr()
                            .println("Accepted proposal " + proposal + "; applied as amendment " + applied.id() + ".");
                }
                case REJECT -> {
                    service.reject(proposal, author.author());
                    spec.commandLine().getErr().println("Rejected proposal " + proposal + ".");
                }
                case WITHDRAW -> {
                    service.withdraw(proposal, author.author());
                    spec.commandLine().getErr().println("Proposal " + proposal + " is withdrawn.");
                }
            }
        }
        return 0;
    }
}
