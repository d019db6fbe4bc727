package org.penholder.project;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.penholder.adopted.AgreedLibrary;
import org.penholder.agreed.AgreedTracer;
import org.penholder.backup.Backup;
import org.penholder.backup.Backups;
import org.penholder.coverage.CoverageService;
import org.penholder.docx.AmendmentImportService;
import org.penholder.docx.DocxExporter;
import org.penholder.docx.DraftImportService;
import org.penholder.draft.DraftService;
import org.penholder.events.ProjectEvent;
import org.penholder.history.ContinueFromRevision;
import org.penholder.history.LinkTracker;
import org.penholder.history.ParagraphHistory;
import org.penholder.history.ProposalImport;
import org.penholder.history.ProposalService;
import org.penholder.history.RevisionService;
import org.penholder.ingest.InputCommands;
import org.penholder.ingest.InputDetailsEditor;
import org.penholder.ingest.InputImporter;
import org.penholder.ingest.InputLibrary;
import org.penholder.ingest.StakeholderCommands;
import org.penholder.ingest.StakeholderImporter;
import org.penholder.merge.MergeGuards;
import org.penholder.merge.MergeService;
import org.penholder.model.Revision;
import org.penholder.sources.LinkService;
import org.penholder.sources.SourceSuggestions;
import org.penholder.store.AgreedStore;
import org.penholder.store.AmendmentStore;
import org.penholder.store.CoverageStore;
import org.penholder.store.Database;
import org.penholder.store.DraftStore;
import org.penholder.store.InputIndex;
import org.penholder.store.InputStore;
import org.penholder.store.LinkStore;
import org.penholder.store.ListStore;
import org.penholder.store.MetaStore;
import org.penholder.store.ProjectFileException;
import org.penholder.store.ProjectFiles;
import org.penholder.store.ProjectLock;
import org.penholder.store.ReadOnlyPlace;
import org.penholder.store.RevisionStore;
import org.penholder.store.StakeholderStore;
import org.penholder.store.TagStore;
import org.penholder.text.Phrase;

/**
 * An open project file and the services over it: the composition root of everything a window or
 * a command does to a project. Built with plain constructors.
 */
public final class Project implements AutoCloseable {

    /** How a project is opened. */
    public enum Access {
        /** Write when no other Penholder has the file open, else read only (the window's way). */
        WRITE_IF_FREE,
        /** Write, or refuse when another Penholder has the file open (commands that change it). */
        WRITE,
        /** Read only, whoever else has it open (commands that only look). */
        READ
    }

    private final Database db;
    private final ProjectLock lock;
    private final Phrase readOnlyWhy;

    private final MetaStore meta;
    private final StakeholderStore stakeholders;
    private final InputStore inputs;
    private final TagStore tags;
    private final DraftStore drafts;
    private final LinkStore links;
    private final RevisionStore revisions;
    private final AmendmentStore amendments;
    private final DraftService draftService;
    private final RevisionService revisionService;
    private final InputIndex inputIndex;
    private final InputImporter inputImporter;
    private final StakeholderImporter stakeholderImporter;
    private final InputDetailsEditor inputDetails;
    private final LinkService linkService;
    private final SourceSuggestions sourceSuggestions;
    private final ListStore lists;
    private final ProposalService proposalService;
    private final LinkTracker linkTracker;
    private final ParagraphHistory paragraphHistory;
    private final DocxExporter docxExporter;
    private final DraftImportService draftImport;
    private final CoverageService coverage;
    private final AmendmentImportService amendmentImport;
    private final ListCommands listCommands;
    private final StakeholderCommands stakeholderCommands;
    private final InputCommands inputCommands;
    private final InputLibrary inputLibrary;
    private final Backups backups;
    private final ContinueFromRevision continueFrom;
    private final AgreedStore agreed;
    private final AgreedLibrary agreedLibrary;
    private final AgreedTracer agreedTracer;
    private final MergeService merge;

    private Project(Database db, ProjectLock lock, Phrase readOnlyWhy) {
        this.db = db;
        if (readOnlyWhy != null) {
            db.setReadOnlyReason(readOnlyWhy);
        }
        this.lock = lock;
        this.readOnlyWhy = readOnlyWhy;
        this.meta = new MetaStore(db);
        this.stakeholders = new StakeholderStore(db);
        this.inputs = new InputStore(db);
        this.tags = new TagStore(db);
        this.drafts = new DraftStore(db);
        this.links = new LinkStore(db);
        this.revisions = new RevisionStore(db);
        this.amendments = new AmendmentStore(db);
        this.draftService = new DraftService(db, drafts, amendments, links, meta);
        this.linkTracker = new LinkTracker(links);
        this.draftService.setLinkFollower(linkTracker);
        this.revisionService = new RevisionService(db, drafts, revisions, meta);
        this.proposalService =
                new ProposalService(db, draftService, drafts, amendments, stakeholders, revisionService, meta);
        this.paragraphHistory = new ParagraphHistory(db, amendments, stakeholders, draftService, meta);
        this.inputIndex = new InputIndex(db);
        this.inputImporter = new InputImporter(db, inputs, inputIndex, stakeholders, tags);
        this.stakeholderImporter = new StakeholderImporter(db, stakeholders);
        this.inputDetails = new InputDetailsEditor(db, inputs, stakeholders, tags);
        this.linkService = new LinkService(db, drafts, inputs, links);
        this.sourceSuggestions = new SourceSuggestions(drafts, inputs, inputIndex, links);
        this.lists = new ListStore(db);
        this.agreed = new AgreedStore(db);
        this.agreedLibrary = new AgreedLibrary(db, agreed);
        this.agreedTracer = new AgreedTracer(agreed, revisionService);
        this.docxExporter =
                new DocxExporter(db, drafts, revisions, links, amendments, stakeholders, meta, agreedTracer);
        this.draftImport = new DraftImportService(db, drafts, revisions, meta, draftService);
        this.coverage = new CoverageService(db, new CoverageStore(db), drafts, revisions, agreedTracer);
        this.amendmentImport = new AmendmentImportService(
                db,
                drafts,
                revisionService,
                new ProposalImport(db, proposalService, draftService, amendments, stakeholders),
                stakeholders);
        this.listCommands = new ListCommands(lists);
        this.stakeholderCommands = new StakeholderCommands(db, stakeholders, lists, stakeholderImporter);
        this.inputCommands = new InputCommands(db, inputs, tags, inputDetails, stakeholderCommands);
        this.inputLibrary = new InputLibrary(inputs, inputIndex, stakeholders, tags);
        this.backups = new Backups(Backups.defaultRoot(), db, this::backupCounts, java.time.Clock.systemUTC());
        this.revisionService.setOnFrozen(r -> backups.afterFreeze(r.name()));
        this.draftImport.setBeforeImport(reason -> {
            try {
                backups.backupBefore(reason);
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(Project.class)
                        .warn("no backup before {}: {}", reason, e.getMessage());
            }
        });
        this.continueFrom = new ContinueFromRevision(db, draftService, drafts, revisions, revisionService, meta);
        this.continueFrom.setBeforeReplacing(
                name -> backups.backupBefore(org.penholder.text.Phrase.of("backup.reason.continuing", name)));
        this.merge = new MergeService(db, backups, MergeGuards.STANDARD);
    }

    /** Makes a revision the working draft (Revision > Continue from This Revision). */
    public ContinueFromRevision continueFrom() {
        return continueFrom;
    }

    /**
     * Opens a project file. Read only, an older file is read as migrated in a private copy and
     * never written; a file in a place that cannot be written opens read-only (or is refused for
     * {@link Access#WRITE}) saying why.
     */
    public static Project open(Path file, Access access) {
        if (access == Access.READ) {
            return new Project(ProjectFiles.open(file, true), null, Phrase.of("readOnly.why.toRead"));
        }
        ProjectFiles.checkIsProject(file); // refuses a foreign or newer file before any lock file appears
        Optional<Phrase> place = ReadOnlyPlace.reason(file);
        if (place.isPresent()) {
            return inReadOnlyPlace(file, access, place.get());
        }
        ProjectLock.Attempt attempt = ProjectLock.tryAcquire(file);
        if (attempt.lock().isEmpty()) {
            if (attempt.cannotWrite() != null) {
                return inReadOnlyPlace(file, access, attempt.cannotWrite());
            }
            if (access == Access.WRITE) {
                throw new ProjectFileException(
                        file,
                        "is open in " + attempt.heldBy().english() + "; close it there first",
                        Phrase.of("projectFile.openElsewhere", ProjectFileException.nameOf(file)));
            }
            return new Project(ProjectFiles.open(file, true), null, Phrase.of("readOnly.why.openIn", attempt.heldBy()));
        }
        ProjectLock lock = attempt.lock().get();
        try {
            Database db = ProjectFiles.open(file, false);
            return new Project(db, lock, db.isReadOnly() ? Phrase.of("readOnly.why.cannotWrite") : null);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** A project where nothing can be written: read-only for the window, refused for a change. */
    private static Project inReadOnlyPlace(Path file, Access access, Phrase why) {
        if (access == Access.WRITE) {
            throw new ProjectFileException(
                    file,
                    "is read-only (" + why.english() + "); nothing was changed. Copy it to a folder you can write to, "
                            + "or open it in the window and use Save a Copy",
                    ProjectFileException.said("projectFile.readOnly", file));
        }
        return new Project(ProjectFiles.open(file, true), null, why);
    }

    /** Creates a new, empty project whose documents are in English, with the default lists in English. */
    public static Project create(Path file, String title, String symbol) {
        return create(file, title, symbol, "en");
    }

    /**
     * Creates a new, empty project whose documents are in {@code documentLanguage} (a tag of
     * {@link DocumentLanguage#TAGS}), with the default lists of groups and tags in that language.
     */
    public static Project create(Path file, String title, String symbol, String documentLanguage) {
        String tag = DocumentLanguage.known(documentLanguage);
        DefaultLists lists = DefaultLists.in(Locale.forLanguageTag(tag));
        ProjectFiles.create(file, title, symbol, tag, lists.stakeholderGroups(), lists.clusters(), lists.actionLines())
                .close();
        return open(file, Access.WRITE);
    }

    public Path file() {
        return db.file();
    }

    public Database database() {
        return db;
    }

    public boolean isReadOnly() {
        return db.isReadOnly();
    }

    /** Why the project is read only, in English ("It is on a read-only disk."); empty when it can be written. */
    public Optional<String> readOnlyReason() {
        return readOnlySaid().map(why -> {
            String words = why.english();
            return Character.toUpperCase(words.charAt(0)) + words.substring(1) + ".";
        });
    }

    /** Why the project is read only, for the window's banner in its language; empty when it can be written. */
    public Optional<Phrase> readOnlySaid() {
        return db.isReadOnly() ? Optional.ofNullable(readOnlyWhy) : Optional.empty();
    }

    public MetaStore meta() {
        return meta;
    }

    public StakeholderStore stakeholders() {
        return stakeholders;
    }

    public InputStore inputs() {
        return inputs;
    }

    public TagStore tags() {
        return tags;
    }

    public DraftStore drafts() {
        return drafts;
    }

    public LinkStore links() {
        return links;
    }

    public RevisionStore revisions() {
        return revisions;
    }

    public AmendmentStore amendments() {
        return amendments;
    }

    public DraftService draftService() {
        return draftService;
    }

    public RevisionService revisionService() {
        return revisionService;
    }

    /** Full-text search and the library's listing of inputs. */
    public InputIndex inputIndex() {
        return inputIndex;
    }

    public InputImporter inputImporter() {
        return inputImporter;
    }

    public InputDetailsEditor inputDetails() {
        return inputDetails;
    }

    public StakeholderImporter stakeholderImporter() {
        return stakeholderImporter;
    }

    public LinkService linkService() {
        return linkService;
    }

    public SourceSuggestions sourceSuggestions() {
        return sourceSuggestions;
    }

    /** The editable lists: stakeholder groups, thematic clusters, WSIS Action Lines. */
    public ListStore lists() {
        return lists;
    }

    /** The editable lists, read and changed as undoable commands. */
    public ListCommands listCommands() {
        return listCommands;
    }

    /** Stakeholders, read and changed as undoable commands. */
    public StakeholderCommands stakeholderCommands() {
        return stakeholderCommands;
    }

    /** Imports of inputs and their details as undoable commands. */
    public InputCommands inputCommands() {
        return inputCommands;
    }

    /** The inputs as the library and the reader read them. */
    public InputLibrary inputLibrary() {
        return inputLibrary;
    }

    /** Who the inputs come from, as the Sources panel credits them ("Inputs: ..."); empty when not set. */
    public String credit() {
        return meta.get(MetaStore.CREDIT).orElse("");
    }

    public ProposalService proposalService() {
        return proposalService;
    }

    public ParagraphHistory paragraphHistory() {
        return paragraphHistory;
    }

    public LinkTracker linkTracker() {
        return linkTracker;
    }

    public DocxExporter docxExporter() {
        return docxExporter;
    }

    /** The language of the documents written from the project (undoable, see {@link DocumentLanguage#set}). */
    public DocumentLanguage documentLanguage() {
        return new DocumentLanguage(meta);
    }

    public DraftImportService draftImport() {
        return draftImport;
    }

    /** Delegations' tracked changes in Word files read as proposals. */
    public AmendmentImportService amendmentImport() {
        return amendmentImport;
    }

    /** Merging another copy of this project into it. */
    public MergeService mergeService() {
        return merge;
    }

    /** Who is reflected where: coverage of the working draft or a revision, and its transparency report. */
    public CoverageService coverage() {
        return coverage;
    }

    /**
     * Automatic backups of this project in the person's data folder: at open and hourly (the
     * window calls them), before merges and imports ({@link Backups#backupBefore}), at every freeze.
     */
    public Backups backups() {
        return backups;
    }

    private Backup.Counts backupCounts() {
        return db.read(() -> new Backup.Counts(
                amendments.count(), links.count(), inputs.count(), drafts.countParagraphs(), revisions.count()));
    }

    /** The library of adopted texts: their paragraphs, search, citations. */
    public AgreedStore agreed() {
        return agreed;
    }

    /** Inserting adopted paragraphs into the draft, as commands made by {@code author}. */
    public org.penholder.agreed.AgreedInserts agreedInserts(
            java.util.function.Supplier<org.penholder.model.Author> author) {
        return new org.penholder.agreed.AgreedInserts(db, draftService, agreed, author);
    }

    /** Imports adopted texts into the library; reads and changes it (a removal is a command). */
    public AgreedLibrary agreedLibrary() {
        return agreedLibrary;
    }

    /** Where the draft's wording comes from in the adopted texts. */
    public AgreedTracer agreedTracer() {
        return agreedTracer;
    }

    /** Title, counts and revision names. */
    public ProjectInfo info() {
        return db.read(() -> new ProjectInfo(
                meta.title(),
                meta.get(MetaStore.SYMBOL).orElse(""),
                new ProjectInfo.Counts(
                        stakeholders.count(),
                        inputs.count(),
                        drafts.countSections(),
                        drafts.countParagraphs(),
                        links.count(),
                        revisions.count(),
                        amendments.count()),
                revisions.all().stream().map(Revision::name).toList()));
    }

    /**
     * Starts keeping what each committed change changed, for {@link #takeChanges}: a window that
     * follows the project asks for them after each piece of work (docs/adr/0100).
     */
    public void recordChanges() {
        db.recordChanges(true);
    }

    /** The changes committed since the last call, as typed events, oldest first. */
    public List<ProjectEvent> takeChanges() {
        return db.takeChanges();
    }

    /**
     * Runs {@code watch} (on the calling thread) before every read and write of any open project, or
     * nothing when null: the window's checks catch the UI thread waiting on a file with it.
     */
    public static void watchFileAccess(Runnable watch) {
        Database.watchAccess(watch);
    }

    /** Writes a consistent copy of the whole project to a new file. */
    public void saveCopy(Path target) {
        if (java.nio.file.Files.exists(target)) {
            throw ProjectFileException.exists(target);
        }
        db.copyTo(target);
    }

    @Override
    public void close() {
        try {
            db.close();
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }

    /** Names of the revisions, oldest first. */
    public List<String> revisionNames() {
        return revisions.all().stream().map(Revision::name).toList();
    }
}
