package org.penholder.ui.docx;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.penholder.project.DocumentLanguage;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.common.DialogService;
import org.penholder.ui.common.Messages;

/**
 * File > Document Language…: the language of the fixed words of the Word files written from the
 * project, asked among the six UN languages (each named in itself) and set as an undoable command.
 */
public final class DocumentLanguageAction {

    private DocumentLanguageAction() {}

    /** Asks for the document language and sets it; completes with the tag chosen, empty when nothing changed. */
    public static CompletableFuture<Optional<String>> choose(ProjectSession session, DialogService dialogs) {
        return session.read(() -> session.project().documentLanguage().tag()).thenCompose(current -> {
            CompletableFuture<Optional<String>> done = new CompletableFuture<>();
            session.onUi(() -> {
                List<String> names = DocumentLanguage.TAGS.stream()
                        .map(DocumentLanguage::name)
                        .toList();
                Optional<String> chosen = dialogs.chooseOne(
                                Messages.get("documentLanguage.title"),
                                Messages.get("documentLanguage.explain"),
                                names,
                                DocumentLanguage.name(current))
                        .map(name -> DocumentLanguage.TAGS.get(names.indexOf(name)))
                        .filter(tag -> !tag.equals(current));
                if (chosen.isEmpty()) {
                    done.complete(Optional.empty());
                    return;
                }
                session.execute(() -> session.project().documentLanguage().set(chosen.get()))
                        .whenComplete((c, e) -> done.complete(e == null ? chosen : Optional.empty()));
            });
            return done;
        });
    }
}
