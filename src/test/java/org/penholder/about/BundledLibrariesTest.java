package org.penholder.about;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The About box lists every library Penholder bundles, with its licence, from the build's dependency tree. */
class BundledLibrariesTest {

    private final List<BundledLibrary> libraries = BundledLibraries.read();
    private final Map<String, BundledLibrary> byCoordinates =
            libraries.stream().collect(Collectors.toMap(BundledLibrary::coordinates, Function.identity()));

    @Test
    void everyDependencyOfThePomIsListedWithItsLicence() throws Exception {
        var pom = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(Path.of("pom.xml").toFile());
        Element dependencies = child(pom.getDocumentElement(), "dependencies");
        NodeList list = dependencies.getElementsByTagName("dependency");
        List<String> missing = new ArrayList<>();
        int runtime = 0;
        for (int i = 0; i < list.getLength(); i++) {
            Element d = (Element) list.item(i);
            if (d.getParentNode() != dependencies || "test".equals(text(d, "scope"))) {
                continue;
            }
            runtime++;
            String coordinates = text(d, "groupId") + ":" + text(d, "artifactId");
            if (!byCoordinates.containsKey(coordinates)) {
                missing.add(coordinates);
            }
        }
        assertTrue(runtime > 10, "the pom's dependencies were read: " + runtime);
        assertEquals(List.of(), missing, "bundled but not in the About box");
        for (BundledLibrary l : libraries) {
            assertFalse(
                    l.name().isBlank() || l.version().isBlank() || l.licences().isEmpty(), l.toString());
        }
    }

    @Test
    void theLicencesAreNamedOneWayAndTestLibrariesAreNotListed() {
        assertEquals(
                List.of("GPL-2.0 with Classpath Exception"),
                byCoordinates.get("org.openjfx:javafx-controls").licences());
        assertEquals(
                List.of("Apache-2.0"),
                byCoordinates.get("org.xerial:sqlite-jdbc").licences());
        assertEquals(
                List.of("Apache-2.0"),
                byCoordinates.get("org.apache.poi:poi").licences(),
                "\"Apache License, Version 2.0\" and its other spellings are merged");
        assertEquals(
                2,
                byCoordinates.get("ch.qos.logback:logback-classic").licences().size(),
                "a dual licence keeps both");
        Set<String> tests = Set.of(
                "org.junit.jupiter:junit-jupiter", "org.testfx:testfx-core", "com.tngtech.archunit:archunit-junit5");
        assertTrue(
                libraries.stream().noneMatch(l -> tests.contains(l.coordinates())), "test libraries are not bundled");
    }

    @Test
    void aBrokenLineIsRefusedWithTheLine() {
        IOException e =
                assertThrows(IOException.class, () -> BundledLibraries.parse(new StringReader("only\ttwo fields\n")));
        assertTrue(e.getMessage().contains("only\ttwo fields"), e.getMessage());
    }

    @Test
    void theDetailsToCopyNameTheVersionsAndTheSystem() {
        AboutInfo about = AboutInfo.current("26.0.2");
        String details = about.details();
        assertTrue(details.startsWith("Penholder " + about.version() + "\nJava " + Runtime.version()), details);
        assertTrue(details.contains("JavaFX 26.0.2") && details.contains(System.getProperty("os.name")), details);
    }

    private static Element child(Element parent, String tag) {
        for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                return e;
            }
        }
        throw new AssertionError("pom.xml has no <" + tag + ">");
    }

    private static String text(Element e, String tag) {
        NodeList n = e.getElementsByTagName(tag);
        return n.getLength() == 0 ? "" : n.item(0).getTextContent().strip();
    }
}
