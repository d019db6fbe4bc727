package org.penholder.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.penholder.model.InputFilter;
import org.penholder.model.SearchHit;
import org.penholder.model.SearchQuery;
import org.penholder.project.Project;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "search",
        description = {
            "Search the full text of a project's inputs, best matches first.",
            "QUERY: words (all must match), prefix* words, \"quoted phrases\"; Chinese and Japanese by substring."
        })
final class SearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectFile project = new ProjectFile();

    @Parameters(index = "1", paramLabel = "QUERY", description = "What to find.")
    String query;

    @Option(
            names = "--limit",
            paramLabel = "N",
            defaultValue = "20",
            description = "At most N results (default ${DEFAULT-VALUE}).")
    int limit;

    @Mixin
    JsonOutput json = new JsonOutput();

    /**
     * One input found by {@code search --json}: its snippet with the matched words' [start, end) pairs,
     * its score and how many near-identical inputs it stands for.
     */
    record HitJson(
            long id,
            String stakeholder,
            String group,
            String title,
            String snippet,
            List<int[]> highlights,
            double score,
            @JsonProperty("near_identical") int nearIdentical) {}

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be 1 or more");
        }
        SearchQuery q = SearchQuery.parse(query);
        if (q.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "the query has no word to search for");
        }
        List<SearchHit> hits;
        try (Project p = Project.open(project.path, Project.Access.READ)) {
            hits = p.inputIndex().search(q, InputFilter.ALL, limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json.requested) {
            json.print(
                    out,
                    hits.stream()
                            .map(h -> new HitJson(
                                    h.input().id(),
                                    h.input().stakeholder(),
                                    h.input().group(),
                                    h.input().title(),
                                    h.plainSnippet(),
                                    h.highlights(),
                                    Math.round(h.score() * 1000) / 1000.0,
                                    h.alike()))
                            .toList());
        } else {
            for (SearchHit h : hits) {
                out.printf(
                        "%d  %s · %s · %s%s%n",
                        h.input().id(),
                        h.input().title(),
                        h.input().stakeholder() == null
                                ? "unknown stakeholder"
                                : h.input().stakeholder(),
                        h.input().group() == null ? "no group" : h.input().group(),
                        h.alike() > 0 ? " (and " + h.alike() + " near-identical)" : "");
                StringBuilder b = new StringBuilder("     ");
                for (SearchHit.Run r : h.runs()) {
                    b.append(r.match() ? "**" + r.text() + "**" : r.text());
                }
                out.println(b.toString().replace('\n', ' '));
            }
        }
        spec.commandLine().getErr().println(hits.size() + (hits.size() == 1 ? " input found" : " inputs found"));
        return 0;
    }
}
