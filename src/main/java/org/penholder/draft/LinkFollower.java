package org.penholder.draft;

import java.util.List;

/**
 * Keeps the links of paragraphs in step with their text as the draft changes: a link made for a
 * text the paragraph has since moved far from becomes suspect, and when a paragraph is split its
 * links go with the part they draw on. Called inside the transaction of the change.
 */
public interface LinkFollower {

    /** Does nothing: links stay where they are and are never marked suspect. */
    LinkFollower NONE = new LinkFollower() {
        @Override
        public void textChanged(String paragraphId, String text) {}

        @Override
        public List<Long> linksOfSecondPart(String paragraphId, String firstText, String secondText) {
            return List.of();
        }

        @Override
        public void rebase(String paragraphId, String text) {}
    };

    /** A paragraph's text was rewritten (typed, restored, a proposal accepted). */
    void textChanged(String paragraphId, String text);

    /** The links of a paragraph being split that belong with its second part. */
    List<Long> linksOfSecondPart(String paragraphId, String firstText, String secondText);

    /** A paragraph was split or joined: its words were not rewritten, so its sound links take its new text as their reference. */
    void rebase(String paragraphId, String text);
}
