package se.linkoping.samverkan.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The rules of docs/ARCHITECTURE.md that a machine can check: packages without cycles, the root package
 * holding only the application, one controller suffix, no switch on BPMN ids, classes small enough to
 * read at once, and each table's SQL in its owner ({@link TableOwners}).
 */
class ArchitectureTest {

    static final String BASE = "se.linkoping.samverkan";
    static final Path MAIN = Path.of("src/main/java/se/linkoping/samverkan");
    /** Lines a class in src/main may have: one screenful or two, read at once. */
    static final int MAX_LINES = 300;

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
        assertThat(classes).as("the application's classes").hasSizeGreaterThan(100);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theRootPackageHoldsOnlyTheApplication() {
        classes().that().resideInAPackage(BASE).and().doNotHaveSimpleName("package-info")
                .should().haveSimpleNameStartingWith("SamverkanApplication")
                .check(classes);
    }

    @Test
    void webControllersEndInController() {
        classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().haveSimpleNameEndingWith("Controller").check(classes);
    }

    @Test
    void noStepAsksTheEngineWhichBpmnElementItIs() {
        noClasses().should().callMethod(DelegateExecution.class, "getCurrentActivityId")
                .because("each BPMN step has a delegate or expression of its own").check(classes);
    }

    @Test
    void everyClassIsSmallEnoughToReadAtOnce() throws IOException {
        Map<String, Long> large = new TreeMap<>();
        for (Path file : javaFiles()) {
            long lines = Files.readAllLines(file).size();
            if (lines > MAX_LINES) {
                large.put(MAIN.relativize(file).toString(), lines);
            }
        }
        assertThat(large).as("classes over " + MAX_LINES + " lines").isEmpty();
    }

    @Test
    void eachTablesSqlIsInItsOwner() throws IOException {
        List<String> misplaced = new TableOwners().misplacedSql(javaFiles(), MAIN);
        assertThat(misplaced).as("SQL on a table outside its owner (see TableOwners)").isEmpty();
    }

    static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        }
    }
}
