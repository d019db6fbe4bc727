package org.penholder.ui.history;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.penholder.TestFiles;
import org.penholder.model.Author;
import org.penholder.model.Ids;
import org.penholder.model.Paragraph;
import org.penholder.model.ParagraphKind;
import org.penholder.model.ParagraphStatus;
import org.penholder.project.Project;
import org.penholder.settings.UserSettings;
import org.penholder.ui.FakeDialogs;
import org.penholder.ui.main.MainWindow;

/**
 * Screenshots of the compare view (both modes), a paragraph's history and the proposals view, on a
 * sample project with a Rev.1 of every kind of change. Not a test: run by hand to look at the views,
 * with {@code -Dglass.platform=Headless -Dprism.order=sw}; arguments: a work folder and the folder
 * for the PNGs.
 */
public final class HistoryScreens {

    private static final Author ME = new Author("Ana Drafter", "Co-facilitators");

    private HistoryScreens() {}

    public static void main(String[] args) {
        Application.launch(Tour.class, args);
    }

    /** The application that opens the views and takes the pictures. */
    public static final class Tour extends Application {
        @Override
        @SuppressWarnings("CatchAndPrintStackTrace") // a tool run by hand: the stack trace on stderr is its report
        public void start(Stage stage) throws Exception {
            Path work = Path.of(getParameters().getUnnamed().get(0));
            Path shots = Path.of(getParameters().getUnnamed().get(1));
            Files.createDirectories(work);
            Files.createDirectories(shots);
            Path file = prepare(work);
            UserSettings settings = org.penholder.ui.ShowcaseWindow.follow(
                    UserSettings.load(work.resolve("config"), work.resolve("data")));
            settings.setAuthor(ME);
            FakeDialogs dialogs = new FakeDialogs();
            MainWindow window = new MainWindow(stage, settings, dialogs);
            stage.setWidth(1280);
            stage.setHeight(820);
            stage.show();
            CompletableFuture.runAsync(() -> {
                try {
                    fx(() -> window.open(file)).get(30, TimeUnit.SECONDS).get(30, TimeUnit.SECONDS);
                    pause();
                    HistoryViews h = window.history();
                    fx(() -> {
                                h.showCompare();
                                return h.compareView().compareRevisions("Zero draft", "Rev.1");
                            })
                            .get(10, TimeUnit.SECONDS)
                            .get(30, TimeUnit.SECONDS);
                    pause();
                    shoot(stage, shots.resolve("compare-side-by-side.png"));
                    fx(() -> {
                        h.compareView().modeProperty().set(CompareViewModel.Mode.INLINE);
                        return null;
                    });
                    pause();
                    shoot(stage, shots.resolve("compare-inline.png"));
                    fx(() -> {
                        h.compareView().changedOnly().setSelected(true);
                        return null;
                    });
                    pause();
                    shoot(stage, shots.resolve("compare-inline-changed-only.png"));
                    fx(() -> {
                        window.workspace().showView(HistoryViews.AMENDMENTS);
                        return null;
                    });
                    pause();
                    fx(() -> {
                        h.amendmentsView().table().getSelectionModel().select(0);
                        return null;
                    });
                    pause();
                    shoot(stage, shots.resolve("proposals.png"));
                    fx(() -> {
                        h.amendmentsView().newProposal("OP4");
                        return null;
                    });
                    pause();
                    shoot(stage, shots.resolve("proposal-form.png"));
                    Stage revision = fx(() -> h.openRevision("Rev.1"))
                            .get(10, TimeUnit.SECONDS)
                            .get(10, TimeUnit.SECONDS);
                    pause();
                    shoot(revision, shots.resolve("revision-read-only.png"));
                    fx(() -> {
                        revision.close();
                        return null;
                    });
                    fx(() -> {
                        var op2 = window.workspace().draft().outline().stream()
                                .filter(r -> "3.".equals(r.label()))
                                .findFirst()
                                .orElseThrow();
                        window.workspace().showParagraph(op2.id());
                        return h.showHistory();
                    });
                    pause();
                    Window history = fx(() -> Window.getWindows().stream()
                                    .filter(w -> w != stage)
                                    .findFirst()
                                    .orElseThrow())
                            .get(10, TimeUnit.SECONDS);
                    shoot(history, shots.resolve("paragraph-history.png"));
                    fx(() -> {
                        history.hide();
                        window.workspace().showView("Draft");
                        window.workspace()
                                .outline()
                                .showStatuses(
                                        java.util.Set.of(ParagraphStatus.BRACKETED, ParagraphStatus.UNDER_NEGOTIATION));
                        return null;
                    });
                    pause();
                    shoot(stage, shots.resolve("outline-filtered.png"));
                    fx(() -> window.closeProject()).get(10, TimeUnit.SECONDS).get(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    e.printStackTrace();
                } finally {
                    Platform.exit();
                }
            });
        }
    }

    /** A sample project with a Rev.1 holding every kind of change, and open proposals. */
    static Path prepare(Path work) {
        Path file = work.resolve("sample.penholder");
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path copy = TestFiles.sampleCopy(work);
        try (Project p = Project.open(copy, Project.Access.WRITE)) {
            var d = p.draftService();
            List<Paragraph> op = d.draft().paragraphsInOrder().stream()
                    .filter(x -> x.kind() == ParagraphKind.OP)
                    .toList();
            List<Paragraph> pp = d.draft().paragraphsInOrder().stream()
                    .filter(x -> x.kind() == ParagraphKind.PP)
                    .toList();
            d.setText(
                    op.get(1).id(),
                    op.get(1)
                            .text()
                            .replaceFirst("We call for", "We [call for][urge]")
                            .replaceFirst("rather than", "and do not"),
                    ME,
                    null);
            d.setStatus(op.get(1).id(), ParagraphStatus.BRACKETED, ME);
            Paragraph four = op.get(3);
            int cut = four.text().indexOf(", ");
            if (cut > 0) {
                d.split(
                        four.id(),
                        Ids.newParagraphId(),
                        four.text().substring(0, cut) + ";",
                        Character.toUpperCase(four.text().charAt(cut + 2))
                                + four.text().substring(cut + 3),
                        ME,
                        List.of());
            }
            d.join(
                    op.get(5).id(),
                    op.get(6).id(),
                    op.get(5).text().replaceFirst(";$", ",") + " and "
                            + Character.toLowerCase(op.get(6).text().charAt(0))
                            + op.get(6).text().substring(1),
                    ME);
            Paragraph nine = op.get(8);
            d.moveParagraph(nine.id(), op.get(0).sectionId(), op.get(0).position() + 1, ME);
            d.deleteParagraph(op.get(11).id(), ME);
            d.insertParagraph(
                    Ids.newParagraphId(),
                    null,
                    2,
                    ParagraphKind.PP,
                    "Reaffirming the importance of multilingualism and linguistic diversity in the information society,",
                    ME);
            d.setStatus(pp.get(0).id(), ParagraphStatus.AGREED, ME);
            p.revisionService().freeze("Rev.1", "After the first reading", ME, true);
            long eu = p.stakeholders()
                    .findOrCreate("European Union", "Observer/IGO", null)
                    .id();
            long g77 = p.stakeholders()
                    .findOrCreate("Group of 77 and China", "Member State", null)
                    .id();
            long brazil = p.stakeholders()
                    .findOrCreate("Brazil", "Member State", null)
                    .id();
            String t = d.paragraph(op.get(2).id()).text();
            String[] w = t.split(" ");
            p.proposalService()
                    .proposeText(
                            op.get(2).id(),
                            0,
                            w[0].length() + 1 + w[1].length(),
                            "We strongly " + w[1],
                            eu,
                            "Stronger commitment",
                            ME);
            p.proposalService()
                    .proposeText(
                            op.get(2).id(),
                            w[0].length() + 1,
                            w[0].length() + 1 + w[1].length(),
                            "encourage",
                            g77,
                            "Softer wording",
                            ME);
            p.proposalService()
                    .proposeNewParagraph(
                            op.get(4).id(),
                            null,
                            "We recognize the role of youth in shaping an inclusive digital future;",
                            brazil,
                            "Youth",
                            ME);
            p.proposalService().proposeDeleteParagraph(op.get(9).id(), g77, "Covered elsewhere", ME);
        }
        return copy;
    }

    private static void pause() throws InterruptedException {
        Thread.sleep(1500);
    }

    private static <T> CompletableFuture<T> fx(java.util.concurrent.Callable<T> work) {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Exception e) {
                f.completeExceptionally(e);
            }
        });
        return f;
    }

    private static void shoot(Window w, Path png) throws Exception {
        WritableImage image = fx(() -> {
                    Scene scene = w.getScene();
                    return scene.snapshot(null);
                })
                .get(10, TimeUnit.SECONDS);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getPixelReader()
                    .getPixels(0, y, width, 1, javafx.scene.image.PixelFormat.getIntArgbInstance(), row, 0, width);
            out.setRGB(0, y, width, 1, row, 0, width);
        }
        ImageIO.write(out, "png", png.toFile());
        System.out.println("wrote " + png);
    }
}
