package org.penholder.docx;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.penholder.history.Redline;
import org.penholder.store.AmendmentStore;
import org.penholder.text.DocumentWords;

/**
 * What a redline writes besides the newer text: the older text, the lines of both merged, and who
 * made each change when (docs/adr/0032): the last amendment of the paragraph between the two
 * versions, else whoever made the newer version, at its time.
 *
 * @param lastChanges the last amendment of each paragraph or heading between the two versions, by id
 * @param madeBy      who made the newer version (its revision's creator, or the person exporting the current draft)
 * @param madeAt      when
 */
public record RedlineContent(
        CirculatedText older,
        Redline redline,
        Map<String, AmendmentStore.LastChange> lastChanges,
        String madeBy,
        Instant madeAt) {

    public RedlineContent {
        lastChanges = Map.copyOf(lastChanges);
    }

    /**
     * Who made the change that touched these paragraphs, and when: the latest of their amendments,
     * else the version's maker; a change nobody signed is named in the document's language.
     */
    RunWriter.ChangeMark markOf(List<String> ids, DocumentWords words) {
        AmendmentStore.LastChange last = null;
        for (String id : ids) {
            AmendmentStore.LastChange l = lastChanges.get(id);
            if (l != null && (last == null || l.at().isAfter(last.at()))) {
                last = l;
            }
        }
        return last == null
                ? new RunWriter.ChangeMark(madeBy == null ? null : words.person(madeBy), madeAt)
                : new RunWriter.ChangeMark(words.person(last.author()), last.at());
    }
}
