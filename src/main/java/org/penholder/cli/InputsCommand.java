package org.penholder.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.penholder.model.Input;
import org.penholder.model.InputFilter;
import org.penholder.model.InputRow;
import org.penholder.model.Tag;
import org.penholder.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "inputs",
        description = "List a project's inputs: stakeholder, group, title, occasion, date, language, tags, links.")
final class InputsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The project file.")
    Path file;

    @Option(names = "--json", description = "Print JSON on standard output.")
    boolean json;

    @Override
    public Integer call() {
        List<InputRow> rows;
        try (Project p = Project.open(file, Project.Access.READ)) {
            // every input, near-identical ones included: a script wants them all
            rows = p.inputIndex().rows(InputFilter.ALL).stream()
                    .flatMap(r -> r.alike() == 0
                            ? java.util.stream.Stream.of(r)
                            : p.inputIndex().rows(InputFilter.ALL.withAlikeOf(r.id())).stream())
                    .sorted(java.util.Comparator.comparingLong(InputRow::id))
                    .toList();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, rows.stream().map(InputsCommand::json).toList());
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

    static Map<String, Object> json(InputRow r) {
        Input i = r.input();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id());
        m.put("stakeholder", i.stakeholder());
        m.put("group", i.group());
        m.put("title", i.title());
        m.put("occasion", i.occasion());
        m.put("date", i.date() == null ? null : i.date().toString());
        m.put("language", i.language());
        m.put("tags", r.tags().stream().map(Tag::display).toList());
        m.put("links", r.links());
        m.put("near_duplicate_of", r.nearDuplicateOf());
        return m;
    }

    static String cut(String s, int n) {
        String t = s == null ? "" : s;
        return t.length() <= n ? t : t.substring(0, n - 1) + "…";
    }
}
