package org.penholder.ui.inputs;

import org.penholder.model.InputRow;
import org.penholder.model.SearchHit;

/** A line of the library: an input, and when a search found it, the hit with its snippet. */
public record LibraryRow(InputRow row, SearchHit hit) {

    public long id() {
        return row.id();
    }

    /** Near-identical submissions shown under this line. */
    public int alike() {
        return hit != null ? Math.max(hit.alike(), row.alike()) : row.alike();
    }
}
