package org.penholder.ui.common;

import java.text.Collator;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.Locale;

/**
 * Dates, numbers and sorting in the window's language ({@link Messages#formattingLocale()}): "14 oct.
 * 2025" in French, "14 окт. 2025 г." in Russian, in Western digits as UN texts print them in every
 * language; names sorted as the language sorts them (é with e in French, Cyrillic as Russian orders it).
 */
public final class Formats {

    private static volatile Cache cache;

    private record Cache(
            Locale locale,
            DateTimeFormatter date,
            DateTimeFormatter longDate,
            DateTimeFormatter dateTime,
            Collator collator) {}

    private Formats() {}

    private static Cache now() {
        Locale locale = Messages.formattingLocale();
        Cache c = cache;
        if (c == null || !c.locale().equals(locale)) {
            Locale plain = Locale.forLanguageTag(locale.toLanguageTag().replaceAll("-u-.*", ""));
            Collator collator = Collator.getInstance(plain);
            collator.setStrength(Collator.SECONDARY);
            boolean english = plain.getLanguage().equals("en");
            // English keeps the day-month-year of UN documents ("14 October 2025"), whatever the region
            c = new Cache(
                    locale,
                    localized(
                            english
                                    ? DateTimeFormatter.ofPattern("d MMM yyyy")
                                    : withoutMarks(FormatStyle.MEDIUM, null, plain),
                            plain),
                    localized(
                            english
                                    ? DateTimeFormatter.ofPattern("d MMMM yyyy")
                                    : withoutMarks(FormatStyle.LONG, null, plain),
                            plain),
                    localized(
                            english
                                    ? DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm")
                                    : withoutMarks(FormatStyle.MEDIUM, FormatStyle.SHORT, plain),
                            plain),
                    collator);
            cache = c;
        }
        return c;
    }

    /**
     * The language's own date (and time) pattern without its direction marks: Arabic writes
     * "29\u200F/07\u200F/2025", and JavaFX draws the marks as boxes over the digits
     * (docs/adr/0060); without them the day still reads 29/07/2025 in a line laid out right to left.
     */
    private static DateTimeFormatter withoutMarks(FormatStyle date, FormatStyle time, Locale locale) {
        String pattern = java.time.format.DateTimeFormatterBuilder.getLocalizedDateTimePattern(
                date, time, java.time.chrono.IsoChronology.INSTANCE, locale);
        return DateTimeFormatter.ofPattern(pattern.replaceAll("[\u200E\u200F\u061C]", ""));
    }

    private static DateTimeFormatter localized(DateTimeFormatter f, Locale locale) {
        return f.withLocale(locale).withDecimalStyle(DecimalStyle.STANDARD).withZone(ZoneId.systemDefault());
    }

    /** A day in a list or table: "14 Oct 2025", "14 oct. 2025". */
    public static DateTimeFormatter date() {
        return now().date();
    }

    /** A day in a sentence: "14 October 2025", "14 octobre 2025". */
    public static DateTimeFormatter longDate() {
        return now().longDate();
    }

    /** A moment: "14 Oct 2025, 16:05". */
    public static DateTimeFormatter dateTime() {
        return now().dateTime();
    }

    /**
     * The name of a language code in the interface's language ("fr": "French", "français"); the code
     * itself when the JDK knows no name for it.
     */
    public static String languageName(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Messages.locale());
        return name.isEmpty() ? code : name;
    }

    /**
     * True when a text already names a day ("Virtual consultation, 29 July 2025"), as an English
     * occasion does in any window: the day is then not repeated beside it.
     */
    public static boolean mentions(String text, java.time.LocalDate day) {
        return text != null
                && day != null
                && (text.contains(longDate().format(day))
                        || text.contains(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
                                .format(day)));
    }

    /** Orders names as the window's language sorts them, case and accents second. */
    public static Comparator<String> names() {
        Collator c = now().collator();
        return (a, b) -> c.compare(a == null ? "" : a, b == null ? "" : b);
    }

    /** A count with the language's grouping: "12,400", "12 400". */
    public static String count(long n) {
        return com.ibm.icu.text.NumberFormat.getIntegerInstance(
                        com.ibm.icu.util.ULocale.forLocale(Messages.formattingLocale()))
                .format(n);
    }
}
