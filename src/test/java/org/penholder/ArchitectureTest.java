package org.penholder;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers of DESIGN.md, kept apart. */
@AnalyzeClasses(packages = "org.penholder", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modelIsPlain = classes()
            .that()
            .resideInAPackage("org.penholder.model..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("org.penholder.model..", "java..");

    @ArchTest
    static final ArchRule onlyTheStoreTouchesJdbc = noClasses()
            .that()
            .resideOutsideOfPackage("org.penholder.store..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "org.sqlite..");

    @ArchTest
    static final ArchRule onlyTheUiTouchesJavaFx = noClasses()
            .that()
            .resideOutsideOfPackage("org.penholder.ui..")
            .and()
            .doNotHaveFullyQualifiedName("org.penholder.Main")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx..", "org.fxmisc..", "atlantafx..", "org.controlsfx..", "org.kordamp..");

    @ArchTest
    static final ArchRule onlyDocxTouchesPoi = noClasses()
            .that()
            .resideOutsideOfPackage("org.penholder.docx..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.apache.poi..", "org.openxmlformats..");

    @ArchTest
    static final ArchRule servicesDoNotKnowTheirFaces = noClasses()
            .that()
            .resideInAnyPackage(
                    "org.penholder.model..",
                    "org.penholder.store..",
                    "org.penholder.draft..",
                    "org.penholder.history..",
                    "org.penholder.ingest..",
                    "org.penholder.docx..",
                    "org.penholder.project..",
                    "org.penholder.backup..",
                    "org.penholder.settings..",
                    "org.penholder.bench..",
                    "org.penholder.sources..",
                    "org.penholder.coverage..",
                    "org.penholder.merge..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.penholder.ui..", "org.penholder.cli..");

    @ArchTest
    static final ArchRule theStoreIsBelowTheServices = noClasses()
            .that()
            .resideInAPackage("org.penholder.store..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.penholder.draft..",
                    "org.penholder.history..",
                    "org.penholder.ingest..",
                    "org.penholder.docx..",
                    "org.penholder.project..",
                    "org.penholder.coverage..",
                    "org.penholder.merge..");
}
