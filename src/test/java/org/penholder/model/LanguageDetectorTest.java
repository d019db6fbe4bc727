package org.penholder.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.penholder.ingest.MadeFiles;

class LanguageDetectorTest {

    private static String detect(String fixture) throws Exception {
        return LanguageDetector.detect(Files.readString(MadeFiles.multilingual().resolve(fixture)))
                .orElse("?");
    }

    @Test
    void theSixLanguagesOfTheFixturesAreRecognised() throws Exception {
        assertEquals("en", detect("en-civil-society.txt"));
        assertEquals("fr", detect("fr-etat-membre.md"));
        assertEquals("ar", detect("ar-observer.txt"));
        assertEquals("ru", detect("ru-member-state.txt"));
        assertEquals("zh", detect("zh-academia.txt"));
        assertEquals("es", detect("es-private-sector.txt"));
    }

    @Test
    void japaneseByItsKanaAndNoGuessWhenUnsure() {
        assertEquals(Optional.of("ja"), LanguageDetector.detect("デジタル格差の解消は重要な課題です。"));
        assertEquals(Optional.empty(), LanguageDetector.detect("WSIS+20 C1 C2 2025"));
        assertEquals(Optional.empty(), LanguageDetector.detect("Ndiyavuma, enkosi kakhulu bafundi"));
        assertEquals("French", LanguageDetector.displayName("fr"));
    }
}
