package org.penholder.cli;

import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** The project file a command works on, its first argument: {@code @Mixin ProjectFile project}. */
final class ProjectFile {

    @Parameters(index = "0", paramLabel = "FILE", description = "The project file.")
    Path path;
}
