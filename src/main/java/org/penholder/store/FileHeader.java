package org.penholder.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the first 100 bytes of a file say about it, read with plain file I/O so that a file that
 * turns out not to be ours is never touched by SQLite.
 */
record FileHeader(Kind kind, int applicationId, int userVersion) {

    enum Kind {
        EMPTY,
        NOT_SQLITE,
        SQLITE
    }

    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    static FileHeader read(Path file) throws IOException {
        byte[] header = new byte[100];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(header, 0, header.length);
        }
        if (n == 0) {
            return new FileHeader(Kind.EMPTY, 0, 0);
        }
        if (n < header.length) {
            return new FileHeader(Kind.NOT_SQLITE, 0, 0);
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (header[i] != MAGIC[i]) {
                return new FileHeader(Kind.NOT_SQLITE, 0, 0);
            }
        }
        ByteBuffer b = ByteBuffer.wrap(header);
        return new FileHeader(Kind.SQLITE, b.getInt(68), b.getInt(60));
    }
}
