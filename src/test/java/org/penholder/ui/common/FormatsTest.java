package org.penholder.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.penholder.ui.EnglishAfterwards;

/** Dates, counts and the order of names follow the window's language. */
@ExtendWith(EnglishAfterwards.class)
class FormatsTest {

    private static final LocalDate DAY = LocalDate.of(2025, 10, 14);

    @Test
    void englishKeepsTheDayMonthYearOfUnDocuments() {
        Messages.use(Locale.forLanguageTag("en-US"));
        assertEquals("14 Oct 2025", Formats.date().format(DAY));
        assertEquals("14 October 2025", Formats.longDate().format(DAY));
        assertEquals("12,400", Formats.count(12_400));
    }

    @Test
    void frenchRussianAndArabicDatesInTheirLanguageWithWesternDigits() {
        Messages.use(Locale.FRENCH);
        assertEquals("14 octobre 2025", Formats.longDate().format(DAY));
        assertEquals("12\u202F400", Formats.count(12_400));
        Messages.use(Locale.forLanguageTag("ru"));
        assertTrue(
                Formats.longDate().format(DAY).startsWith("14 октября 2025"),
                Formats.longDate().format(DAY));
        Messages.use(Locale.forLanguageTag("ar"));
        String arabic = Formats.longDate().format(DAY);
        assertTrue(arabic.contains("2025") && arabic.contains("14"), "Western digits: " + arabic);
        assertTrue(Formats.mentions("Consultation, 14 October 2025", DAY), "an English occasion names its day");
    }

    @Test
    void arabicDatesCarryNoDirectionMarkJavaFxWouldDrawAsABox() {
        Messages.use(Locale.forLanguageTag("ar"));
        assertEquals("14/10/2025", Formats.date().format(DAY), "a short date reads as UN Arabic prints it");
        for (String shown : List.of(
                Formats.date().format(DAY),
                Formats.longDate().format(DAY),
                Formats.dateTime().format(DAY.atTime(16, 5).atZone(java.time.ZoneId.systemDefault())))) {
            assertTrue(!shown.matches(".*[\\u200E\\u200F\\u061C].*"), "no mark: " + shown);
        }
    }

    @Test
    void namesAreSortedAsTheLanguageSortsThem() {
        Messages.use(Locale.FRENCH);
        List<String> names = new ArrayList<>(List.of("France", "Éthiopie", "Espagne", "égypte", "Zambie"));
        names.sort(Formats.names());
        assertEquals(List.of("égypte", "Espagne", "Éthiopie", "France", "Zambie"), names, "É with E, case second");
        Messages.use(Locale.forLanguageTag("ru"));
        List<String> russian = new ArrayList<>(List.of("Япония", "Ёлкино", "Европа", "Жуковский"));
        russian.sort(Formats.names());
        assertEquals(List.of("Европа", "Ёлкино", "Жуковский", "Япония"), russian);
    }
}
