package org.penholder.ui.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.penholder.text.Phrase;
import org.penholder.ui.EnglishAfterwards;
import org.penholder.ui.common.Messages;

/**
 * A paragraph without a number yet is named by words ({@code place.paragraph}, and
 * {@code place.draft} for a line that had none) in the sentences that name a paragraph by its
 * number: commands in Edit > Undo, the history's title, questions. In Russian and Arabic those
 * words must fit every such sentence as a number does.
 */
@ExtendWith(EnglishAfterwards.class)
class UnnumberedPlaceWordsTest {

    /** The sentences the window fills with a paragraph's number or the words for none. */
    private static final List<String> NAMING_A_PARAGRAPH = List.of(
            "command.typing",
            "command.restoreText",
            "command.newParagraphAfter",
            "command.split",
            "command.join",
            "command.delete",
            "command.move",
            "command.setStatus",
            "command.setKind",
            "command.addFootnote",
            "command.editFootnote",
            "command.removeFootnote",
            "command.link",
            "command.removeLink",
            "command.linkNote",
            "command.removeLinkNote",
            "command.confirmLink",
            "history.historyViews.historyOf",
            "sources.sourcesViewModel.noteQuestion",
            "agreed.agreedInsertDialog.header");

    private static String said(String key, String where) {
        return Messages.get(Phrase.of(key, where, key.equals("command.setKind") ? "PP" : "DRAFTING"));
    }

    /** Every sentence naming a paragraph, filled with each place's words, matches what it must read. */
    private static void everySentenceReads(String withoutNumber, String inTheDraft) {
        for (String key : NAMING_A_PARAGRAPH) {
            String none = said(key, Messages.get("place.paragraph"));
            assertTrue(none.matches(withoutNumber), key + ": " + none);
            String draft = said(key, Messages.get("place.draft"));
            assertTrue(draft.matches(inTheDraft), key + ": " + draft);
        }
    }

    @Test
    void inRussianAParagraphWithoutANumberIsAlwaysAPunktWithoutANumber() {
        Messages.use(Locale.forLanguageTag("ru"));
        String none = Messages.get("place.paragraph");
        everySentenceReads("(?s).*(^| )пункт[а-я]* без номера.*", "(?s).*(^| )пункт[а-я]* в тексте.*");
        assertEquals("Новый пункт после пункта без номера", said("command.newParagraphAfter", none));
        assertEquals("Объединение пункта без номера со следующим", said("command.join", none));
        assertEquals("Новый пункт после пункта OP3", said("command.newParagraphAfter", "OP3"));
        assertEquals("Объединение пункта OP3 со следующим", said("command.join", "OP3"));
    }

    @Test
    void inArabicItIsTheUnnumberedParagraphNeverTheParagraphTwice() {
        Messages.use(Locale.forLanguageTag("ar"));
        // "بالفقرة" (to the paragraph) holds "الفقرة" too
        everySentenceReads("(?s).*الفقرة غير المرقمة.*", "(?s).*الفقرة في المسودة.*");
        assertEquals("دمج الفقرة OP3 بالفقرة التالية", said("command.join", "OP3"));
    }

    @Test
    void inFrenchAndSpanishJoiningNamesTheParagraphKept() {
        Messages.use(Locale.FRENCH);
        assertEquals(
                "Fusion de ce paragraphe avec le paragraphe suivant",
                said("command.join", Messages.get("place.paragraph")));
        Messages.use(Locale.forLanguageTag("es"));
        assertEquals("Unión de OP3 con el párrafo siguiente", said("command.join", "OP3"));
    }
}
