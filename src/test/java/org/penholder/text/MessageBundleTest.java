package org.penholder.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Counts take each language's plural forms (CLDR rules through ICU), numbers stay in Western digits. */
class MessageBundleTest {

    private static final String COUNT = "count={0, plural, one {# input} other {# inputs}}\n";

    private static MessageBundle bundle(Path dir, String language, String text) throws IOException {
        Path file = dir.resolve("t/words" + (language.isEmpty() ? "" : "_" + language) + ".properties");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null);
        return MessageBundle.load("t.words", Locale.forLanguageTag(language.isEmpty() ? "en" : language), loader);
    }

    @Test
    void russianCountsTakeOneFewAndManyAsRussianDoes(@TempDir Path dir) throws IOException {
        bundle(dir, "", COUNT);
        MessageBundle ru = bundle(
                dir, "ru", "count={0, plural, one {# вклад} few {# вклада} many {# вкладов} other {# вклада}}\n");
        assertEquals("1 вклад", ru.format("count", 1));
        assertEquals("2 вклада", ru.format("count", 2));
        assertEquals("5 вкладов", ru.format("count", 5));
        assertEquals("11 вкладов", ru.format("count", 11), "11 is many, though it ends in 1");
        assertEquals("21 вклад", ru.format("count", 21), "21 is one again");
        assertEquals("22 вклада", ru.format("count", 22));
        assertEquals("112 вкладов", ru.format("count", 112));
    }

    @Test
    void arabicCountsTakeSixFormsInWesternDigits(@TempDir Path dir) throws IOException {
        bundle(dir, "", COUNT);
        MessageBundle ar = bundle(
                dir,
                "ar",
                "count={0, plural, zero {لا مساهمات} one {مساهمة واحدة} two {مساهمتان} few {# مساهمات}"
                        + " many {# مساهمة} other {# مساهمة}}\n");
        assertEquals("لا مساهمات", ar.format("count", 0));
        assertEquals("مساهمة واحدة", ar.format("count", 1));
        assertEquals("مساهمتان", ar.format("count", 2));
        assertEquals("3 مساهمات", ar.format("count", 3), "Western digits, as UN documents in Arabic print them");
        assertEquals("11 مساهمة", ar.format("count", 11));
        assertEquals("100 مساهمة", ar.format("count", 100));
    }

    @Test
    void englishCountsAndAFallBackToEnglishForAMissingKey(@TempDir Path dir) throws IOException {
        bundle(dir, "", COUNT + "other=Other\n");
        MessageBundle fr = bundle(dir, "fr", "count={0, plural, one {# contribution} other {# contributions}}\n");
        assertEquals("0 contribution", fr.format("count", 0), "French counts 0 as one");
        assertEquals("1\u202F000 contributions", fr.format("count", 1000), "a French thousands separator");
        assertEquals("Other", fr.format("other"), "a key the translation lacks stays English");
        assertEquals("[none]", fr.format("none"));
        assertEquals("1 input", bundle(dir, "", COUNT + "other=Other\n").format("count", 1));
    }

    @Test
    void documentDatesFollowTheDocumentLanguage() {
        LocalDate day = LocalDate.of(2025, 10, 14);
        assertEquals("14 October 2025", DocumentWords.english().date(day));
        String french = DocumentWords.in(Locale.FRENCH).date(day);
        assertTrue(french.contains("octobre") && french.contains("2025"), french);
        String russian = DocumentWords.in(Locale.forLanguageTag("ru")).date(day);
        assertTrue(russian.contains("октября"), "the genitive month after a day: " + russian);
        String arabic = DocumentWords.in(Locale.forLanguageTag("ar")).date(day);
        assertTrue(arabic.contains("2025"), "Western digits: " + arabic);
    }

    @Test
    void theWindowsOwnCountsFollowEachLanguagesPlurals() {
        ClassLoader loader = MessageBundleTest.class.getClassLoader();
        MessageBundle en = MessageBundle.load("org.penholder.ui.messages", Locale.ENGLISH, loader);
        MessageBundle ru = MessageBundle.load("org.penholder.ui.messages", Locale.forLanguageTag("ru"), loader);
        assertEquals("Show the 3 near-identical submissions", en.format("inputs.libraryTable.showAlike", 3));
        assertEquals("Показать 2 почти идентичных материала", ru.format("inputs.libraryTable.showAlike", 2));
        assertEquals("Показать 5 почти идентичных материалов", ru.format("inputs.libraryTable.showAlike", 5));
        assertEquals("Показать 21 почти идентичный материал", ru.format("inputs.libraryTable.showAlike", 21));
        assertEquals(
                "The preview shows the first 1,500 of 12,000 characters.",
                en.format("common.textPreview.cut", 1500, 12000));
    }
}
