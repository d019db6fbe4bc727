package org.penholder.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.adopted.AgreedLibrary;
import org.penholder.agreed.MadeUpLibrary;
import org.penholder.draft.Command;
import org.penholder.draft.CommandRefused;
import org.penholder.draft.CommandStack;
import org.penholder.draft.DraftCommands;
import org.penholder.draft.TextEdit;
import org.penholder.history.ProposalCommands;
import org.penholder.history.RevisionCommands;
import org.penholder.ingest.ImportDetails;
import org.penholder.ingest.ImportReport;
import org.penholder.model.Author;
import org.penholder.model.InputKind;
import org.penholder.model.ListEntry;
import org.penholder.model.ListKind;
import org.penholder.model.Paragraph;
import org.penholder.model.ParagraphKind;
import org.penholder.model.ParagraphStatus;
import org.penholder.model.Stakeholder;
import org.penholder.sources.LinkCommands;
import org.penholder.text.MessageBundle;
import org.penholder.text.Phrase;

/**
 * Every command the services make says what it did through a key of the interface's messages: the
 * Edit menu names it in the window's language ("Annuler : Suppression de OP2"), the command line
 * and logs in English as before; a refusal likewise.
 */
class CommandPhrasesTest {

    private static final Author ME = new Author("Ana Drafter", "Co-facilitators");
    private static final MessageBundle FRENCH = bundle("fr");
    private static final MessageBundle RUSSIAN = bundle("ru");
    private static final MessageBundle CHINESE = bundle("zh");

    @TempDir
    Path dir;

    private static MessageBundle bundle(String language) {
        return MessageBundle.load(
                MessageBundle.INTERFACE, Locale.forLanguageTag(language), CommandPhrasesTest.class.getClassLoader());
    }

    @Test
    void everyCommandOfTheServicesIsNamedInTheWindowsLanguage() throws Exception {
        List<Command> made = new ArrayList<>();
        try (Project p = TestFiles.openSample(dir)) {
            made.addAll(draftCommands(p));
            made.addAll(linkCommands(p));
            made.addAll(listCommands(p));
            made.addAll(proposalCommands(p));
            made.addAll(revisionCommands(p));
            made.addAll(inputCommands(p));
            made.addAll(stakeholderCommands(p));
            made.addAll(libraryCommands(p));
            made.add(p.documentLanguage().set("fr"));
        }
        assertTrue(made.size() > 50, "the walk made " + made.size() + " commands");
        for (Command c : made) {
            Phrase phrase = c.phrase();
            assertFalse(phrase.isVerbatim(), "said in English only: " + c.description());
            assertTrue(MessageBundle.english().has(phrase.key()), phrase.key());
            assertEquals(
                    MessageBundle.english().format(phrase), c.description(), "the command line says it in English");
            assertWhole(c.description(), c.description());
            for (MessageBundle language : List.of(FRENCH, RUSSIAN, CHINESE)) {
                String said = language.format(phrase);
                assertWhole(said, c.description());
                assertNotEquals(c.description(), said, language.locale() + " says it as English does");
            }
        }
    }

    @Test
    void aStatusOrKindIsNamedInTheLanguageNotAsItsCode() throws Exception {
        try (Project p = TestFiles.openSample(dir)) {
            DraftCommands d = new DraftCommands(p.draftService(), () -> ME);
            String id = p.draftService().draft().paragraphsInOrder().getFirst().id();
            Command agreed = d.setStatus(id, ParagraphStatus.AGREED_AD_REF, "OP1");
            assertEquals("Mark OP1 agreed ad ref", agreed.description());
            assertEquals("Statut de OP1\u00a0: approuvé ad referendum", FRENCH.format(agreed.phrase()));
            Command preambular = d.setKind(id, ParagraphKind.PP, "OP1");
            assertEquals("Make OP1 preambular", preambular.description());
            assertEquals("Passage de OP1 en alinéa du préambule", FRENCH.format(preambular.phrase()));
        }
    }

    @Test
    void aRefusedUndoGivesItsReasonInFrenchAndTheSameEnglishAsBefore() throws Exception {
        try (Project p = TestFiles.openSample(dir)) {
            CommandStack stack = new CommandStack(10);
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                files.add(Files.writeString(dir.resolve("Note " + i + ".txt"), "Community networks in village " + i));
            }
            var before = p.inputCommands().beforeImport();
            ImportReport r = p.inputImporter().importFiles(files, details("Rural Connectivity Alliance"));
            stack.done(p.inputCommands().imported(r, details("Rural Connectivity Alliance"), before));
            String paragraph =
                    p.draftService().draft().paragraphsInOrder().getFirst().id();
            for (ImportReport.Imported in : r.imported()) {
                p.linkService().linkQuote(paragraph, in.inputId(), "village", null, "T");
            }

            CommandRefused refused = assertThrows(CommandRefused.class, stack::undo);
            assertEquals(
                    "\u201CImport 5 inputs\u201D cannot be undone: 5 of its inputs are now linked to paragraphs, or"
                            + " have near-identical inputs imported since (\u201CNote 0\u201D, \u201CNote 1\u201D,"
                            + " \u201CNote 2\u201D and 2 more). Remove those links or inputs first; nothing was"
                            + " changed.",
                    refused.getMessage(),
                    "the command line says it as it always has");
            String french = FRENCH.format(refused.phrase());
            assertTrue(french.startsWith("L’action «\u00a0Importation de 5 contributions\u00a0» ne peut pas"), french);
            assertTrue(french.contains("«\u00a0Note 0\u00a0», «\u00a0Note 1\u00a0»"), french);
            assertTrue(french.contains("et 2 autres"), french);
            String russian = RUSSIAN.format(refused.phrase());
            assertTrue(russian.contains("Импорт 5 материалов"), russian);
            assertTrue(russian.contains("5 из его материалов теперь связаны"), russian);
        }
    }

    @Test
    void aStakeholderRefusalIsFrenchInTheWindowAndEnglishOnTheCommandLine() throws Exception {
        try (Project p = TestFiles.openSample(dir)) {
            List<Stakeholder> all = p.stakeholders().all();
            Stakeholder first = all.get(0);
            Stakeholder second = all.get(1);
            CommandRefused taken = assertThrows(
                    CommandRefused.class,
                    () -> p.stakeholderCommands()
                            .update(new Stakeholder(first.id(), second.name(), first.group(), first.country())));
            assertEquals("There is already a stakeholder named " + second.name() + ".", taken.getMessage());
            assertEquals(
                    "Il existe déjà une partie prenante nommée " + second.name() + ".", FRENCH.format(taken.phrase()));
            CommandRefused blank = assertThrows(
                    CommandRefused.class,
                    () -> p.stakeholderCommands()
                            .update(new Stakeholder(first.id(), " ", first.group(), first.country())));
            assertEquals("Une partie prenante doit avoir un nom.", FRENCH.format(blank.phrase()));
        }
    }

    @Test
    void aListEntryNamedAsAnotherIsRefusedAndNothingChanges() throws Exception {
        try (Project p = TestFiles.openSample(dir)) {
            ListCommands lists = p.listCommands();
            lists.add(ListKind.CLUSTERS, "", "Lighthouses");
            List<ListEntry> before = lists.entries(ListKind.CLUSTERS);
            CommandRefused taken =
                    assertThrows(CommandRefused.class, () -> lists.add(ListKind.CLUSTERS, "", "LIGHTHOUSES"));
            assertEquals("“Lighthouses” is in the list already.", taken.getMessage());
            assertEquals("«\u00a0Lighthouses\u00a0» figure déjà dans la liste.", FRENCH.format(taken.phrase()));
            ListEntry other = before.stream()
                    .filter(e -> !e.name().equals("Lighthouses"))
                    .findFirst()
                    .orElseThrow();
            CommandRefused blank =
                    assertThrows(CommandRefused.class, () -> lists.rename(ListKind.CLUSTERS, other, "", " "));
            assertEquals("Une entrée de liste doit avoir un nom.", FRENCH.format(blank.phrase()));
            assertThrows(CommandRefused.class, () -> lists.rename(ListKind.CLUSTERS, other, "", "lighthouses"));
            assertEquals(before, lists.entries(ListKind.CLUSTERS), "nothing changed");
        }
    }

    /** Filled in, with no place left empty and no key missing. */
    private static void assertWhole(String said, String what) {
        assertFalse(said.isBlank(), what);
        assertFalse(said.contains("{") || said.contains("}"), "a place left unfilled: " + said);
        assertFalse(said.startsWith("["), "a key missing: " + said);
    }

    private static ImportDetails details(String stakeholder) {
        return new ImportDetails(
                stakeholder,
                "Grassroots networks",
                InputKind.WRITTEN,
                "Written submissions",
                LocalDate.of(2025, 8, 1),
                null,
                List.of());
    }

    private List<Command> draftCommands(Project p) {
        var service = p.draftService();
        DraftCommands d = new DraftCommands(service, () -> ME);
        Paragraph first = service.draft().paragraphsInOrder().getFirst();
        String id = first.id();
        String text = first.text();
        List<Command> out = new ArrayList<>();
        out.add(d.typed(new TextEdit(id, 0, text, text + "."), "OP1"));
        out.add(d.typed(new TextEdit(id, 0, text, text + "!"), null));
        out.add(d.retitle(null, "A new title"));
        out.add(d.retitle(service.draft().sectionsInOrder().getFirst().id(), "A new heading"));
        out.add(d.setText(id, text, "OP1", null));
        out.add(d.split(id, "pSplit", text.substring(0, 5), text.substring(5), "OP1"));
        out.add(d.join(id, "pSplit", text, "OP1"));
        out.add(d.split(id, "pAfter", text, "", "OP1"));
        out.add(d.insert("pNew", first.sectionId(), 0, ParagraphKind.OP, "New words.", "OP1"));
        out.add(d.insert("pNewer", first.sectionId(), 0, ParagraphKind.OP, "Newer words.", null));
        out.add(d.delete("pNewer", "OP1"));
        out.add(d.move("pNew", first.sectionId(), 1, "OP2"));
        out.add(d.delete("pNew", "OP2"));
        for (ParagraphStatus s : ParagraphStatus.values()) {
            out.add(d.setStatus(id, s, "OP1"));
        }
        for (ParagraphKind k : ParagraphKind.values()) {
            out.add(d.setKind(id, k, "OP1"));
        }
        out.add(d.addFootnote(id, 0, "A note.", "OP1"));
        String uid = service.draft().footnotesOf(id).getFirst().uid();
        out.add(d.editFootnote(uid, "Another note.", "OP1"));
        out.add(d.removeFootnote(uid, "OP1"));
        return out;
    }

    private List<Command> linkCommands(Project p) {
        LinkCommands links = new LinkCommands(p.linkService(), () -> ME);
        String paragraph = p.draftService().draft().paragraphsInOrder().get(1).id();
        long input = p.inputs().all().getFirst().id();
        int to = Math.min(40, p.inputs().text(input).length());
        LinkCommands.Linked linked = links.link(paragraph, input, 0, to, "OP2");
        long id = linked.link().id();
        List<Command> out = new ArrayList<>();
        out.add(linked.command());
        out.add(links.setNote(id, "Why it draws on it", "OP2"));
        out.add(links.setNote(id, "", "OP2"));
        out.add(links.confirm(id, "OP2"));
        out.add(links.remove(id, "OP2"));
        return out;
    }

    private List<Command> listCommands(Project p) {
        ListCommands lists = p.listCommands();
        List<Command> out = new ArrayList<>();
        for (ListKind kind : ListKind.values()) {
            String code = kind == ListKind.ACTION_LINES ? "C99" : "";
            out.add(lists.add(kind, code, "Lighthouses"));
            ListEntry entry = lists.entries(kind).stream()
                    .filter(e -> e.name().equals("Lighthouses"))
                    .findFirst()
                    .orElseThrow();
            out.add(lists.move(kind, entry, -1));
            out.add(lists.rename(kind, entry, code, "Beacons"));
            entry = lists.entries(kind).stream()
                    .filter(e -> e.name().equals("Beacons"))
                    .findFirst()
                    .orElseThrow();
            out.add(lists.remove(kind, entry));
        }
        return out;
    }

    private List<Command> proposalCommands(Project p) {
        ProposalCommands proposals = new ProposalCommands(p.proposalService(), () -> ME);
        long proposer = p.stakeholders().all().getFirst().id();
        String paragraph = p.draftService().draft().paragraphsInOrder().get(2).id();
        List<Long> ids = new ArrayList<>();
        List<Command> out = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String words = "Also " + i + " ";
            long[] id = {0};
            out.add(proposals.propose(() -> {
                var a = p.proposalService().proposeText(paragraph, 0, 0, words, proposer, null, ME);
                id[0] = a.id();
                return a;
            }));
            ids.add(id[0]);
        }
        out.add(proposals.imported("Brazil.docx", ids));
        out.add(proposals.imported("Chile.docx", ids.subList(0, 1)));
        out.add(proposals.accept(ids.get(0)));
        out.add(proposals.reject(ids.get(1)));
        out.add(proposals.withdraw(ids.get(2)));
        return out;
    }

    private List<Command> revisionCommands(Project p) {
        RevisionCommands revisions = new RevisionCommands(p.revisionService(), () -> ME);
        RevisionCommands.Frozen frozen = revisions.freeze("Rev.9", null, true);
        List<Command> out = new ArrayList<>();
        out.add(frozen.command());
        out.add(revisions.imported(frozen.revision()));
        out.add(revisions.renumber());
        out.add(p.continueFrom().continueFromCommand("Rev.9", () -> ME));
        return out;
    }

    private List<Command> inputCommands(Project p) throws Exception {
        Path one = Files.writeString(dir.resolve("Spectrum for villages.txt"), "Spectrum for community networks.");
        Path two = Files.writeString(dir.resolve("School access.txt"), "Affordable access for rural schools.");
        Path three = Files.writeString(dir.resolve("Libraries.txt"), "Public libraries as access points.");
        List<Command> out = new ArrayList<>();
        var before = p.inputCommands().beforeImport();
        ImportReport single = p.inputImporter().importFiles(List.of(one), details("Village Radio"));
        out.add(p.inputCommands().imported(single, details("Village Radio"), before));
        before = p.inputCommands().beforeImport();
        ImportReport both = p.inputImporter().importFiles(List.of(two, three), details("Village Radio"));
        out.add(p.inputCommands().imported(both, details("Village Radio"), before));
        List<Long> ids =
                both.imported().stream().map(ImportReport.Imported::inputId).toList();
        out.add(p.inputCommands().setDetails(ids.subList(0, 1), details("Rural Connectivity Alliance")));
        out.add(p.inputCommands().setDetails(ids, details("Rural Connectivity Alliance")));
        return out;
    }

    private List<Command> stakeholderCommands(Project p) throws Exception {
        var commands = p.stakeholderCommands();
        List<Command> out = new ArrayList<>();
        var added = commands.add();
        out.add(added.command());
        Stakeholder s = added.stakeholder();
        out.add(commands.update(new Stakeholder(s.id(), "Island States Forum", s.group(), s.country())));
        Path csv = Files.writeString(dir.resolve("people.csv"), "name,group,country\nCoastal towns,Local,\n");
        out.add(commands.importCsv(csv).command());
        return out;
    }

    private List<Command> libraryCommands(Project p) {
        AgreedLibrary library = p.agreedLibrary();
        List<Command> out = new ArrayList<>();
        out.add(library.imported(library.importFiles(List.of(MadeUpLibrary.textA(dir)), AgreedLibrary.Details.NONE)));
        Path other = dir.resolve("other");
        try {
            Files.createDirectories(other);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        out.add(library.imported(library.importFiles(
                List.of(MadeUpLibrary.markdownB(other), MadeUpLibrary.htmlC(other)), AgreedLibrary.Details.NONE)));
        var text = library.texts().getFirst();
        long agreedParagraph = library.paragraphs(text.id()).getFirst().id();
        Paragraph first = p.draftService().draft().paragraphsInOrder().getFirst();
        out.add(p.agreedInserts(() -> ME)
                .insert("pAgreed", first.sectionId(), first.position() + 1, first.kind(), agreedParagraph, "PP1"));
        out.add(library.remove(text));
        return out;
    }
}
