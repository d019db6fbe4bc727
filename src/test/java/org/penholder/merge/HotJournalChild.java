package org.penholder.merge;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Run in a child JVM by {@link OtherCopyMergeTest}: begins a large change of a project, says
 * "writing" and waits to be killed, leaving the journal of an unfinished transaction beside it.
 */
public final class HotJournalChild {

    private HotJournalChild() {}

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + args[0]);
                Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = TRUNCATE");
            st.execute("PRAGMA cache_size = 10");
            st.execute("BEGIN IMMEDIATE");
            st.execute("UPDATE paragraph SET text = text || ' unfinished'");
            st.execute("UPDATE input SET title = title || ' unfinished'");
            System.out.print("writing");
            System.out.flush();
            Thread.sleep(60_000);
        }
    }
}
