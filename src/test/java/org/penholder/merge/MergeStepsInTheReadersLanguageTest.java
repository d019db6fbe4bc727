package org.penholder.merge;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.model.Paragraph;
import org.penholder.project.Project;
import org.penholder.text.MessageBundle;
import org.penholder.text.Phrase;

/** A merge's steps, shown under its progress bar, are phrases: the window says them in its language. */
class MergeStepsInTheReadersLanguageTest {

    @TempDir
    Path dir;

    @Test
    void theStepsOfAMergeAreSaidInFrench() {
        Path[] c = Copies.ofSample(dir);
        try (Project p = Project.open(c[1], Project.Access.WRITE)) {
            Paragraph first = p.draftService().draft().paragraphsInOrder().getFirst();
            p.draftService().setText(first.id(), first.text() + " Ben was here.", Copies.BEN, null);
        }
        List<Phrase> steps = new ArrayList<>();
        try (Project p = Project.open(c[0], Project.Access.WRITE)) {
            p.mergeService().merge(c[1], (what, fraction) -> steps.add(what));
        }
        List<String> english = steps.stream().map(Phrase::english).toList();
        assertTrue(english.contains("Merging the draft"), english.toString());
        assertTrue(english.contains("Backing up " + c[0].getFileName()), english.toString());
        MessageBundle french = MessageBundle.load(
                MessageBundle.INTERFACE, Locale.FRENCH, getClass().getClassLoader());
        List<String> said = steps.stream().map(french::format).toList();
        assertTrue(said.contains("Fusion du projet de texte"), said.toString());
        assertTrue(said.contains("Sauvegarde de " + c[0].getFileName()), said.toString());
        assertTrue(said.stream().noneMatch(s -> s.startsWith("[")), "every step has its words: " + said);
    }
}
