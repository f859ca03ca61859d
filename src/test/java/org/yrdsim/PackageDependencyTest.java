package org.yrdsim;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Packages depend one way, so each can be read, tested and changed from the bottom up: the
 * scenario model knows no engine, trace reader or output, and no two packages need each other.
 */
class PackageDependencyTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.yrdsim");

    @Test
    void noPackageCycles() {
        slices().matching("org.yrdsim.(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void theScenarioModelDependsOnNothingAboveIt() {
        noClasses().that().resideInAPackage("org.yrdsim.scenario..")
            .should().dependOnClassesThat().resideInAnyPackage("org.yrdsim.workload..", "org.yrdsim.cluster..",
                "org.yrdsim.placement..", "org.yrdsim.engine..", "org.yrdsim.metrics..", "org.yrdsim.report..",
                "org.yrdsim.study..", "org.yrdsim.cli..")
            .check(MAIN);
    }
}
