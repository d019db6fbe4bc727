package org.penholder.store;

/** The marks of a Penholder project file. */
public final class ProjectFormat {

    /** {@code PRAGMA application_id}: "PenH" in ASCII. */
    public static final int APPLICATION_ID = 0x50656E48;

    /** The schema version this Penholder writes and reads. */
    public static final int SCHEMA_VERSION = Migrations.STANDARD.latest();

    /** The file name extension of projects. */
    public static final String EXTENSION = ".penholder";

    private ProjectFormat() {}
}
