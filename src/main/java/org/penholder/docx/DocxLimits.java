package org.penholder.docx;

import java.time.Duration;
import org.penholder.text.Phrase;

/**
 * How much of a Word file Penholder agrees to read. A draft is text: tens of megabytes at most.
 * Beyond these limits a file is refused with its reason before it can exhaust memory or time
 * (zip bombs, parts that expand a thousandfold, huge embedded images, parsers led astray).
 *
 * @param maxFileBytes    the .docx file itself
 * @param maxEntries      parts in the package
 * @param maxPartBytes    the declared expanded size of any one part (a huge image is refused here)
 * @param maxTotalBytes   the declared expanded size of all parts together
 * @param maxInflateRatio how many times its compressed size a part may expand to
 * @param timeLimit       how long reading may take before it gives up
 */
public record DocxLimits(
        long maxFileBytes,
        int maxEntries,
        long maxPartBytes,
        long maxTotalBytes,
        double maxInflateRatio,
        Duration timeLimit) {

    private static final long MB = 1024L * 1024;

    /** The limits of the window and the commands. */
    public static final DocxLimits DEFAULT =
            new DocxLimits(200 * MB, 5_000, 100 * MB, 400 * MB, 200, Duration.ofSeconds(60));

    /** The same limits with another time limit. */
    public DocxLimits withTimeLimit(Duration limit) {
        return new DocxLimits(maxFileBytes, maxEntries, maxPartBytes, maxTotalBytes, maxInflateRatio, limit);
    }

    /** A limit or a size in whole megabytes ("200 MB"), or kilobytes below one, in each language's units. */
    static Phrase megabytes(long bytes) {
        return bytes >= MB ? Phrase.of("docx.size.mb", bytes / MB) : Phrase.of("docx.size.kb", bytes / 1024);
    }
}
