package org.penholder.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.penholder.model.Input;
import org.penholder.model.InputFilter;
import org.penholder.model.InputRow;
import org.penholder.model.Tag;
import org.penholder.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
        name = "inputs",
        description = "List a project's inputs: stakeholder, group, title, occasion, date, language, tags, links.")
final class InputsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectFile project = new ProjectFile();

    @Mixin
    JsonOutput json = new JsonOutput();

    @Override
    public Integer call() {
        List<InputRow> rows;
        try (Project p = Project.open(project.path, Project.Access.READ)) {
            // every input, near-identical ones included: a script wants them all
            rows = p.inputIndex().rows(InputFilter.ALL).stream()
                    .flatMap(r -> r.alike() == 0
                            ? java.util.stream.Stream.of(r)
                            : p.inputIndex().rows(InputFilter.ALL.withAlikeOf(r.id())).stream())
                    .sorted(java.util.Comparator.comparingLong(InputRow::id))
                    .toList();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json.requested) {
            json.print(out, rows.stream().map(InputJson::of).toList());
            return 0;
        }
        for (InputRow r : rows) {
            Input i = r.input();
            out.printf(
                    "%5d  %-28s %-20s %-40s %s %s %s links %d%n",
                    i.id(),
                    cut(i.stakeholder(), 28),
                    cut(i.group(), 20),
                    cut(i.title(), 40),
                    i.date() == null ? "          " : i.date(),
                    i.language() == null ? "--" : i.language(),
                    r.nearDuplicateOf() == null ? "" : "(near-identical to " + r.nearDuplicateOf() + ")",
                    r.links());
        }
        spec.commandLine().getErr().println(rows.size() + (rows.size() == 1 ? " input" : " inputs"));
        return 0;
    }

    /** One input of {@code inputs --json}; {@code date} as 2025-07-29. */
    record InputJson(
            long id,
            String stakeholder,
            String group,
            String title,
            String occasion,
            String date,
            String language,
            List<String> tags,
            int links,
            @JsonProperty("near_duplicate_of") Long nearDuplicateOf) {

        static InputJson of(InputRow r) {
            Input i = r.input();
            return new InputJson(
                    i.id(),
                    i.stakeholder(),
                    i.group(),
                    i.title(),
                    i.occasion(),
                    i.date() == null ? null : i.date().toString(),
                    i.language(),
                    r.tags().stream().map(Tag::display).toList(),
                    r.links(),
                    r.nearDuplicateOf());
        }
    }

    static String cut(String s, int n) {
        String t = s == null ? "" : s;
        return t.length() <= n ? t : t.substring(0, n - 1) + "…";
    }
}
