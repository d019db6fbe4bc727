package org.penholder.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.ingest.ImportDetails;
import org.penholder.ingest.ImportReport;
import org.penholder.ingest.MadeFiles;
import org.penholder.model.InputFilter;
import org.penholder.model.InputKind;
import org.penholder.model.SearchHit;
import org.penholder.model.SearchQuery;
import org.penholder.project.Project;
import org.penholder.store.InputStore;

/** Full-text search as a drafter uses it, in the languages of the inputs. */
class InputSearchTest {

    @TempDir
    static Path dir;

    static Project project;
    static Map<String, Long> ids;

    @BeforeAll
    static void importTheMultilingualInputs() {
        project = TestFiles.openSample(dir);
        ImportReport r = project.inputImporter().importFiles(List.of(MadeFiles.multilingual()), ImportDetails.NONE);
        assertEquals(6, r.imported().size(), r.summary());
        ids = r.imported().stream()
                .collect(Collectors.toMap(ImportReport.Imported::title, ImportReport.Imported::inputId));
    }

    @AfterAll
    static void close() {
        project.close();
    }

    private static List<SearchHit> search(String query) {
        return project.inputIndex().search(SearchQuery.parse(query), InputFilter.ALL, 20);
    }

    private static List<String> titles(String query) {
        return search(query).stream().map(h -> h.input().title()).toList();
    }

    @Test
    void englishWordsPrefixesAndPhrasesRankedWithSnippets() {
        List<SearchHit> hits = search("meaningful connectivity");
        assertEquals("en-civil-society", hits.getFirst().input().title());
        assertTrue(
                hits.getFirst().snippet().contains(SearchHit.MARK_START + "Meaningful" + SearchHit.MARK_END),
                hits.getFirst().snippet());
        assertTrue(hits.getFirst().plainSnippet().contains("Meaningful connectivity remains"));
        assertTrue(titles("connect*").contains("en-civil-society"), "a prefix finds connectivity");
        assertTrue(titles("\"digital divide\"").contains("en-civil-society"));
        assertFalse(titles("\"divide digital\"").contains("en-civil-society"), "a phrase keeps its word order");
        assertTrue(titles("connectivity humanity").contains("en-civil-society"));
        assertFalse(titles("connectivity elephant").contains("en-civil-society"), "every word must match");
        // the sample's own inputs are found too, by their text
        assertFalse(search("stakeholder*").isEmpty());
    }

    @Test
    void frenchWithOrWithoutAccents() {
        assertEquals(List.of("fr-etat-membre"), titles("fracture numérique"));
        assertEquals(List.of("fr-etat-membre"), titles("fracture numerique"), "accents do not matter");
        assertEquals(List.of("fr-etat-membre"), titles("développ*"));
        assertEquals(List.of("fr-etat-membre"), titles("\"protection des données personnelles\""));
    }

    @Test
    void arabicRussianAndSpanish() {
        assertEquals(List.of("ar-observer"), titles("الفجوة الرقمية"));
        assertEquals(List.of("ar-observer"), titles("\"منتدى حوكمة الإنترنت\""));
        assertEquals(List.of("ru-member-state"), titles("цифрового неравенства"));
        assertEquals(List.of("ru-member-state"), titles("цифров*"), "a Russian prefix finds every ending");
        assertEquals(List.of("ru-member-state"), titles("ЦИФРОВОЕ"), "case folds in Cyrillic too");
        assertEquals(List.of("es-private-sector"), titles("economía digital"));
        SearchHit ar = search("الفجوة").getFirst();
        assertTrue(ar.snippet().contains(SearchHit.MARK_START + "الفجوة" + SearchHit.MARK_END), ar.snippet());
    }

    @Test
    void chineseBySubstringOfAnyLength() {
        assertEquals(List.of("zh-academia"), titles("数字鸿沟"));
        assertEquals(List.of("zh-academia"), titles("互联网治理论坛"));
        assertEquals(List.of("zh-academia"), titles("\"弥合数字鸿沟\""), "a phrase");
        assertEquals(List.of("zh-academia"), titles("鸿沟"), "two characters, below the trigram size");
        assertEquals(List.of("zh-academia"), titles("宽带 数字技能"), "two words, both must match");
        assertTrue(titles("数字鸿沟 elephant").isEmpty());
        SearchHit hit = search("数字鸿沟").getFirst();
        assertTrue(hit.snippet().contains(String.valueOf(SearchHit.MARK_START)), hit.snippet());
        assertTrue(hit.plainSnippet().contains("数字鸿沟"), hit.plainSnippet());
    }

    @Test
    void twoCharacterChineseWordsAreFoundAnywhereInChineseInputs(@TempDir Path own) {
        try (Project p = TestFiles.openSample(own)) {
            String far = "信息社会世界峰会的成果。".repeat(400) + "弥合鸿沟需要宽带。";
            long chinese = p.inputs()
                    .add(new InputStore.NewInput(null, InputKind.WRITTEN, "zh-far", null, null, "zh", null, far))
                    .id();
            long english = p.inputs()
                    .add(
                            new InputStore.NewInput(
                                    null,
                                    InputKind.WRITTEN,
                                    "en-quoting",
                                    null,
                                    null,
                                    "en",
                                    null,
                                    "The Chinese term 鸿沟 (divide) appears in this English submission about the digital divide."))
                    .id();
            List<SearchHit> hits = p.inputIndex().search(SearchQuery.parse("鸿沟"), InputFilter.ALL, 20);
            assertEquals(
                    List.of(chinese),
                    hits.stream().map(h -> h.input().id()).toList(),
                    "a word below the trigram size is looked for in Chinese and Japanese inputs");
            assertTrue(
                    hits.getFirst().snippet().contains(SearchHit.MARK_START + "鸿沟" + SearchHit.MARK_END),
                    "marked even far into the text: " + hits.getFirst().snippet());
            // with a word beside it, the word index finds the input and its text must hold the short word
            assertEquals(
                    List.of(english),
                    p.inputIndex().search(SearchQuery.parse("鸿沟 divide"), InputFilter.ALL, 20).stream()
                            .map(h -> h.input().id())
                            .toList());
            assertTrue(p.inputIndex()
                    .search(SearchQuery.parse("鸿沟 elephant"), InputFilter.ALL, 20)
                    .isEmpty());
        }
    }

    @Test
    void filtersNarrowTheResults() {
        assertTrue(
                project
                        .inputIndex()
                        .search(SearchQuery.parse("digital"), InputFilter.ALL.withLanguage("en"), 20)
                        .stream()
                        .allMatch(h -> "en".equals(h.input().language())));
        assertEquals(
                6,
                project.inputIndex()
                        .rows(InputFilter.ALL.withLinked(InputFilter.Linked.NOT_LINKED))
                        .size(),
                "the six new inputs are not linked; the sample's fifteen all are");
        assertEquals(
                15,
                project.inputIndex()
                        .rows(InputFilter.ALL.withLinked(InputFilter.Linked.LINKED))
                        .size());
        assertEquals(
                List.of("zh-academia"),
                project.inputIndex().rows(InputFilter.ALL.withLanguage("zh")).stream()
                        .map(r -> r.input().title())
                        .toList());
    }

    @Test
    void operatorsAndStrayMarksAreSearchedAsText() {
        assertTrue(search("\"").isEmpty());
        // FTS5 operators and syntax typed by a person are words, never a syntax error
        assertEquals(search("and or not").size(), search("AND OR NOT").size());
        search("NEAR( a b");
        search("title:digital ^start -minus +plus (open");
        assertFalse(search("co-facilitators").isEmpty());
        assertFalse(search("WSIS+20").isEmpty());
    }
}
