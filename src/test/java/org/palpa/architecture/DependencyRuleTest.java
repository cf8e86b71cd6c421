package org.palpa.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the layers honest: core is pure, app knows no adapter, adapters know no other adapter. */
class DependencyRuleTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.palpa");
    }

    @Test
    void coreDoesNoIoAndUsesNoUiOrHardwareLibrary() {
        noClasses().that().resideInAPackage("org.palpa.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "java.io..", "java.nio.file..", "java.nio.channels..", "java.net..", "java.sql..", "javax.swing..", "java.awt..",
                        "javax.sound..", "com.fazecast..", "com.pi4j..", "org.jfree..", "picocli..",
                        "com.fasterxml..", "org.slf4j..", "org.apache.commons.csv..")
                .because("the core is pure computation that any adapter can drive and any test can run "
                        + "(java.nio's byte buffers are memory, not I/O)")
                .check(classes);
    }

    @Test
    void coreStartsNoThreads() {
        noClasses().that().resideInAPackage("org.palpa.core..")
                .should().dependOnClassesThat().resideInAnyPackage("java.util.concurrent..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.Thread")
                .because("threads are owned by the app layer")
                .check(classes);
    }

    @Test
    void coreDependsOnNothingOutsideCore() {
        noClasses().that().resideInAPackage("org.palpa.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.palpa.app..", "org.palpa.adapter..",
                        "org.palpa.cli..")
                .check(classes);
    }

    @Test
    void appDoesNotKnowAdaptersOrTheCli() {
        noClasses().that().resideInAPackage("org.palpa.app..")
                .should().dependOnClassesThat().resideInAnyPackage("org.palpa.adapter..", "org.palpa.cli..")
                .because("the app talks to the outside only through its ports")
                .check(classes);
    }

    @Test
    void theLivePipelineKnowsNoOtherUseCase() {
        noClasses().that().resideInAPackage("org.palpa.app.live..")
                .should().dependOnClassesThat().resideInAnyPackage("org.palpa.app.recording..", "org.palpa.app.replay..",
                        "org.palpa.app.analysis..", "org.palpa.app.calibration..")
                .because("recording, replay and analysis build on the live pipeline, never the other way round")
                .check(classes);
    }

    @Test
    void theRecordModelIsCoreAndKnowsNoStoreOrRecorder() {
        noClasses().that().resideInAPackage("org.palpa.core.record..")
                .should().dependOnClassesThat().resideInAnyPackage("org.palpa.app..", "org.palpa.adapter..")
                .because("the record and its integrity chain are pure domain that any store can keep")
                .check(classes);
    }

    @Test
    void sharedCliOptionsKnowNoCommandFamily() {
        noClasses().that().resideInAPackage("org.palpa.cli.options..")
                .should().dependOnClassesThat().resideInAnyPackage("org.palpa.cli.live..", "org.palpa.cli.sessions..",
                        "org.palpa.cli.calibration..", "org.palpa.cli.analysis..")
                .because("the option mixins are shared by every command family")
                .check(classes);
    }

    @Test
    void adaptersDoNotDependOnEachOther() {
        slices().matching("org.palpa.adapter.(*)..").should().notDependOnEachOther().check(classes);
    }

    @Test
    void adaptersDoNotDependOnTheCli() {
        noClasses().that().resideInAPackage("org.palpa.adapter..")
                .should().dependOnClassesThat().resideInAPackage("org.palpa.cli..")
                .check(classes);
    }
}
