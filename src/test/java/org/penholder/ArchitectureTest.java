package org.penholder;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.members;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.ArrayList;
import java.util.List;

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
    static final ArchRule eventsAreAsPlainAsTheModel = classes()
            .that()
            .resideInAPackage("org.penholder.events..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("org.penholder.events..", "org.penholder.model..", "java..");

    @ArchTest
    static final ArchRule theWindowNeverReachesTheStore = noClasses()
            .that()
            .resideInAPackage("org.penholder.ui..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.penholder.store..")
            .because("views and view models read and change the project through services and commands (DESIGN.md)");

    @ArchTest
    static final ArchRule noCyclesBetweenPackages =
            slices().matching("org.penholder.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCyclesBetweenTheViews = slices().assignedFrom(new SliceAssignment() {
                @Override
                public SliceIdentifier getIdentifierOf(JavaClass c) {
                    String p = c.getPackageName();
                    if (p.startsWith("org.penholder.ui.")) {
                        return SliceIdentifier.of(
                                p.substring("org.penholder.ui.".length()).split("\\.")[0]);
                    }
                    if (p.equals("org.penholder.ui")) {
                        // the root holds two things: the application's entry (which the installers'
                        // desktop entry names, so it stays here) and the session every view uses
                        return SliceIdentifier.of(
                                c.getSimpleName().startsWith("PenholderApp")
                                                || c.getSimpleName().startsWith("Startup")
                                        ? "(application)"
                                        : "(session)");
                    }
                    return SliceIdentifier.ignore();
                }

                @Override
                public String getDescription() {
                    return "the packages of the window (ui.*)";
                }
            })
            .should()
            .beFreeOfCycles();

    /** A type through which JDBC could be reached: JDBC's own, or a type of the store whose methods take it. */
    private static final DescribedPredicate<JavaClass> CARRIES_JDBC =
            new DescribedPredicate<>("a JDBC type, or a store type whose methods take one") {
                @Override
                public boolean test(JavaClass c) {
                    if (c.getPackageName().startsWith("java.sql")
                            || c.getPackageName().startsWith("org.sqlite")) {
                        return true;
                    }
                    return c.getPackageName().equals("org.penholder.store")
                            && c.getMethods().stream()
                                    .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
                                    .anyMatch(m -> m.getRawParameterTypes().stream()
                                            .anyMatch(t -> t.getPackageName().startsWith("java.sql")));
                }
            };

    @ArchTest
    static final ArchRule noConnectionLeavesTheStore = members()
            .that()
            .areDeclaredInClassesThat()
            .resideInAPackage("org.penholder.store")
            .and()
            .areDeclaredInClassesThat()
            .arePublic()
            .and()
            .haveModifier(JavaModifier.PUBLIC)
            .should(new ArchCondition<JavaMember>("take, give or hold nothing of JDBC") {
                @Override
                public void check(JavaMember member, ConditionEvents events) {
                    List<JavaClass> types = new ArrayList<>();
                    if (member instanceof JavaCodeUnit code) {
                        types.addAll(code.getRawParameterTypes());
                        types.add(code.getRawReturnType());
                    } else if (member instanceof JavaField field) {
                        types.add(field.getRawType());
                    }
                    for (JavaClass t : types) {
                        if (CARRIES_JDBC.test(t)) {
                            events.add(SimpleConditionEvent.violated(
                                    member, member.getFullName() + " hands " + t.getName() + " out of the store"));
                        }
                    }
                }
            })
            .because(
                    "the connection stays in the store: services group the stores' work with Database.read/write(Work)");

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
                    "org.penholder.events..",
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
                    "org.penholder.agreed..",
                    "org.penholder.adopted..",
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
                    "org.penholder.agreed..",
                    "org.penholder.adopted..",
                    "org.penholder.backup..",
                    "org.penholder.merge..");
}
