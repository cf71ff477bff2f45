package dev.genaiplayground;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering design.md asks for: compute is plain numerics (no Vaadin, no Spring, nothing of the app), and a
 * widget package never imports another widget's package, so that adding a widget changes nothing else.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("dev.genaiplayground");
    }

    @Test
    void importsTheMainClassesButNotTheTests() {
        assertThat(classes.containPackage("dev.genaiplayground.compute")).isTrue();
        assertThat(classes.containPackage("dev.genaiplayground.widget.softmax")).isTrue();
        assertThat(classes.containPackage("dev.genaiplayground.widget.attention")).isTrue();
        assertThat(classes.contain(ArchitectureTest.class)).isFalse();
    }

    @Test
    void computeUsesNeitherVaadinNorSpring() {
        noClasses().that().resideInAPackage("dev.genaiplayground.compute..")
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "org.springframework..")
                .because("compute/ is a pure function of its inputs (design.md)")
                .check(classes);
    }

    @Test
    void computeUsesNothingElseOfTheApp() {
        noClasses().that().resideInAPackage("dev.genaiplayground.compute..")
                .should().dependOnClassesThat(resideInAPackage("dev.genaiplayground..")
                        .and(not(resideInAPackage("dev.genaiplayground.compute.."))))
                .because("the numerics must not know about views, widgets or lessons")
                .check(classes);
    }

    @Test
    void widgetPackagesDoNotDependOnEachOther() {
        slices().matching("dev.genaiplayground.widget.(*)..")
                .should().notDependOnEachOther()
                .because("adding a widget must not change another widget (design.md)")
                .check(classes);
    }
}
