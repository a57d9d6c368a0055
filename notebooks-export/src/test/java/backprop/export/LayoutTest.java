package backprop.export;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layout drawn in {@code backprop/export/package-info.java}, checked on the bytecode (ArchUnit), so that a
 * fully qualified name cannot hide a dependency the imports do not show. The classes checked are the main
 * classes of core, examples and notebooks-export (this module's test classpath); core's test-jar, there for
 * the test run's tree, is test code and left out.
 */
@DisplayName("The package layout")
class LayoutTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("backprop");

    @Test
    void theCheckSeesCoreExamplesAndExport() {
        assertThat(CLASSES.stream().map(JavaClass::getPackageName).distinct())
                .contains("backprop.core.graph", "backprop.core.network", "backprop.examples",
                        "backprop.examples.work", "backprop.examples.published", "backprop.examples.format",
                        "backprop.examples.doc004", "backprop.export", "backprop.export.model",
                        "backprop.examples.scenariofile", "backprop.examples.scenariofile.toml",
                        "backprop.examples.scenariofile.network", "backprop.examples.scenariofile.expression",
                        "backprop.export.notebook", "backprop.export.notebook.cell", "backprop.export.notebook.question",
                        "backprop.export.notebook.figure", "backprop.export.markdown", "backprop.export.output",
                        "backprop.export.runtime", "backprop.export.grade", "backprop.export.grade.session",
                        "backprop.export.classroom", "backprop.examples.scenariofile.template",
                        "backprop.examples.scenariofile.draw")
                .doesNotContain("backprop.export.exam");
    }

    @Test
    void noPackageCycleAmongBackpropPackages() {
        slices().matching("backprop.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    /** The catalogue lists the documents' scenarios from a package of its own, above them: no back edge. */
    @Test
    void nothingInTheExamplesModelReachesTheDocuments() {
        noClasses().that().resideInAnyPackage("backprop.examples", "backprop.examples.work",
                        "backprop.examples.published", "backprop.examples.format")
                .should().dependOnClassesThat().resideInAPackage("backprop.examples.doc*")
                .check(CLASSES);
    }

    /** The model holds what every scenario is; a printed value's classification and the formatter sit above it. */
    @Test
    void theScenarioModelReachesNeitherTheClassificationNorTheFormatter() {
        noClasses().that().resideInAPackage("backprop.examples")
                .should().dependOnClassesThat().resideInAnyPackage("backprop.examples.published",
                        "backprop.examples.format")
                .check(CLASSES);
    }

    @Test
    void theExportModelDependsOnNoRenderer() {
        noClasses().that().resideInAPackage("backprop.export.model")
                .should().dependOnClassesThat().resideInAnyPackage("backprop.export", "backprop.export.markdown",
                        "backprop.export.notebook..", "backprop.export.grade..", "backprop.export.runtime",
                        "backprop.export.output")
                .check(CLASSES);
    }

    /** The grader reads answer-key.csv's header from the markdown renderer: never the other way. */
    @Test
    void theMarkdownRendererDependsOnNeitherTheNotebooksNorTheMainJob() {
        noClasses().that().resideInAPackage("backprop.export.markdown")
                .should().dependOnClassesThat().resideInAnyPackage("backprop.export", "backprop.export.notebook..",
                        "backprop.export.grade..")
                .check(CLASSES);
    }

    /** The scenario-file reader sits beside the documents' scenarios, below everything that checks or renders. */
    @Test
    void theScenarioFileReaderDependsOnNoDocumentAndNothingAboveTheExamples() {
        noClasses().that().resideInAPackage("backprop.examples.scenariofile..")
                .should().dependOnClassesThat().resideInAnyPackage("backprop.examples.doc*",
                        "backprop.examples.catalogue", "backprop.verification..", "backprop.export..")
                .check(CLASSES);
    }

    /** A network file and an expression file share the rooms below them (toml, exam, printed), never each other. */
    @Test
    void theNetworkAndExpressionReadersDoNotReachEachOther() {
        noClasses().that().resideInAPackage("backprop.examples.scenariofile.network")
                .should().dependOnClassesThat().resideInAPackage("backprop.examples.scenariofile.expression")
                .check(CLASSES);
        noClasses().that().resideInAPackage("backprop.examples.scenariofile.expression")
                .should().dependOnClassesThat().resideInAPackage("backprop.examples.scenariofile.network")
                .check(CLASSES);
    }

    /** The notebook rooms render from the model; a notebook's cells run on the runtime, never on the grader. */
    @Test
    void theNotebooksDependOnNeitherTheMarkdownRendererNorTheMainJobNorTheGrader() {
        noClasses().that().resideInAPackage("backprop.export.notebook..")
                .should().dependOnClassesThat().resideInAnyPackage("backprop.export", "backprop.export.markdown",
                        "backprop.export.grade..", "backprop.export.output")
                .check(CLASSES);
    }

    /** Notebooks on top of its rooms; the questions on the cells; the cells and the figures on neither of the others. */
    @Test
    void theNotebookRoomsDependOnlyDownward() {
        noClasses().that().resideInAnyPackage("backprop.export.notebook.cell", "backprop.export.notebook.question",
                        "backprop.export.notebook.figure")
                .should().dependOnClassesThat().resideInAPackage("backprop.export.notebook")
                .check(CLASSES);
        noClasses().that().resideInAnyPackage("backprop.export.notebook.cell", "backprop.export.notebook.figure")
                .should().dependOnClassesThat().resideInAPackage("backprop.export.notebook.question")
                .check(CLASSES);
        noClasses().that().resideInAPackage("backprop.export.notebook.cell")
                .should().dependOnClassesThat().resideInAPackage("backprop.export.notebook.figure")
                .check(CLASSES);
        noClasses().that().resideInAPackage("backprop.export.notebook.figure")
                .should().dependOnClassesThat().resideInAPackage("backprop.export.notebook.cell")
                .check(CLASSES);
    }

    /** A class is made from the notebooks and the key; it grades nothing and knows no command above it. */
    @Test
    void theClassroomDependsNeitherOnTheMainJobNorOnTheGrader() {
        noClasses().that().resideInAPackage("backprop.export.classroom")
                .should().dependOnClassesThat().resideInAnyPackage("backprop.export", "backprop.export.grade",
                        "backprop.export.lint")
                .check(CLASSES);
    }

    /** The output folder's rules know nothing of what the files say. */
    @Test
    void theOutputFolderDependsOnNothingElseOfTheExport() {
        noClasses().that().resideInAPackage("backprop.export.output")
                .should().dependOnClassesThat().resideInAnyPackage("backprop.export", "backprop.export.markdown",
                        "backprop.export.notebook..", "backprop.export.grade..", "backprop.export.model")
                .check(CLASSES);
    }

    /** What a notebook's cells call while they run: nothing of the renderers, the grader or the main job. */
    @Test
    void theNotebooksRuntimeDependsOnNothingElseOfTheExport() {
        noClasses().that().resideInAPackage("backprop.export.runtime")
                .should().dependOnClassesThat().resideInAnyPackage("backprop.export", "backprop.export.markdown",
                        "backprop.export.notebook..", "backprop.export.grade..", "backprop.export.model",
                        "backprop.export.output")
                .check(CLASSES);
    }

    /**
     * The student's process runs cells and hands back replies (the runtime's); what a reply is worth is the grader's
     * to say: the session knows nothing of scores, keys or notebooks.
     */
    @Test
    void theGradersSessionKnowsNothingOfGrading() {
        noClasses().that().resideInAPackage("backprop.export.grade.session")
                .should().dependOnClassesThat().resideInAnyPackage("backprop.export", "backprop.export.grade",
                        "backprop.export.markdown", "backprop.export.notebook..", "backprop.export.output")
                .check(CLASSES);
    }

    /**
     * The runtime jar's classes (the notebooks' runtime and the student's process, {@code RuntimeJar}) use the JDK,
     * jackson and each other only: the engine, the renderers' solutions or the grader on the student's class path
     * would answer the questions, and the jar leaves them out.
     */
    @Test
    void theRuntimeJarsClassesUseOnlyTheJdkJacksonAndEachOther() {
        String runner = "backprop\\.export\\.grade\\.session\\.SandboxRunner(\\$.*)?";
        classes().that().resideInAPackage("backprop.export.runtime").or().haveNameMatching(runner)
                .should().onlyDependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("java..", "jdk..",
                        "com.fasterxml.jackson..", "backprop.export.runtime").or(HasName.Predicates.nameMatching(runner)))
                .check(CLASSES);
    }

    @Test
    void noLibraryPackageDependsOnTheExport() {
        noClasses().that().resideInAnyPackage("backprop.core..", "backprop.examples..")
                .should().dependOnClassesThat().resideInAPackage("backprop.export..")
                .check(CLASSES);
    }
}
