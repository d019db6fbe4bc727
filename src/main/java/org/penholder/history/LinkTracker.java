package org.penholder.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.penholder.draft.LinkFollower;
import org.penholder.model.Link;
import org.penholder.store.LinkStore;

/**
 * Links that follow their paragraph: a link whose paragraph has changed a lot since the link was
 * made (or last confirmed) is marked suspect until someone confirms it, or the text comes back near
 * what it was (an undo, a restored text); when a paragraph is split,
 * each link goes with the part whose words hold its passage.
 */
public final class LinkTracker implements LinkFollower {

    /** Below this word similarity to the text it was made for, a link is suspect. */
    public static final double SUSPECT_BELOW = 0.6;

    private final LinkStore links;

    public LinkTracker(LinkStore links) {
        this.links = links;
    }

    @Override
    public void textChanged(String paragraphId, String text) {
        List<Long> suspect = new ArrayList<>();
        List<Long> sound = new ArrayList<>();
        Map<Long, String> made = links.paragraphTexts(paragraphId);
        for (Link l : links.ofParagraph(paragraphId)) {
            String reference = made.getOrDefault(l.id(), "");
            if (reference.isEmpty()) {
                continue;
            }
            boolean far = WordDiff.similarity(reference, text) < SUSPECT_BELOW;
            if (far && !l.suspect()) {
                suspect.add(l.id());
            } else if (!far && l.suspect()) {
                sound.add(l.id()); // the text came back (an undo, a restore): nothing left to confirm
            }
        }
        links.markSuspect(suspect);
        links.clearSuspect(sound);
    }

    @Override
    public List<Long> linksOfSecondPart(String paragraphId, String firstText, String secondText) {
        List<Long> second = new ArrayList<>();
        for (Link l : links.ofParagraph(paragraphId)) {
            if (WordDiff.similarity(l.quote(), secondText) > WordDiff.similarity(l.quote(), firstText)) {
                second.add(l.id());
            }
        }
        return second;
    }

    @Override
    public void rebase(String paragraphId, String text) {
        links.rebase(links.ofParagraph(paragraphId).stream().map(Link::id).toList(), text);
    }

    /** Confirms that a link still holds for its paragraph as it now reads. */
    public void confirm(long linkId, String paragraphText) {
        links.confirm(linkId, paragraphText);
    }
}
