package minibrowser.browser;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of ARCHITECTURE.md, checked. Each rule says why it exists. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("minibrowser");
    }

    /**
     * Owner threads never block on another process. The checkable form: no class of the
     * browser process proper (package {@code minibrowser.browser} and its {@code ui},
     * {@code net} and {@code children} packages; not the tools {@code bench}, {@code chaos},
     * {@code compare}, {@code ctl}, {@code fuzz}, which drive a browser from outside)
     * depends on a gRPC blocking stub. Its classes run on browser-ui, or hand work to it,
     * so a call to a child is a future stub whose answer is posted back ({@link UiThread}).
     */
    @Test
    void theBrowserCallsNoChildWithABlockingStub() {
        noClasses().that().resideInAPackage("minibrowser.browser..")
                .and().resideOutsideOfPackages("minibrowser.browser.bench..", "minibrowser.browser.chaos..",
                        "minibrowser.browser.compare..", "minibrowser.browser.ctl..", "minibrowser.browser.fuzz..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("BlockingStub")
                .because("a blocking call from browser-ui to a child freezes the thread that owns every tab"
                        + " while that child hangs (about:gpuhang); call with a future stub and post the answer back")
                .check(classes);
    }

    @Test
    void renderersOpenNoConnectionOrFileOfTheirOwn() {
        // One exemption: SandboxProbe (about:sandbox) tries to open files and sockets on
        // purpose, to show the OS sandbox refuses them. It reads nothing a page gets to see.
        noClasses().that().resideInAPackage("minibrowser.renderer..")
                .and().doNotHaveFullyQualifiedName("minibrowser.renderer.SandboxProbe")
                .should().dependOnClassesThat().resideInAnyPackage("java.net..", "java.net.http..", "java.nio.channels..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.file.Files")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.RandomAccessFile")
                .because("the browser owns the network and files: a renderer asks it through RendererHost")
                .check(classes);
    }

    @Test
    void thePageEngineKnowsNothingOfIpcOrThreads() {
        noClasses().that().resideInAPackage("minibrowser.renderer.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("io.grpc..", "io.netty..", "minibrowser.proto..")
                .orShould().dependOnClassesThat().areAssignableTo(java.util.concurrent.Executor.class)
                .orShould().dependOnClassesThat().areAssignableTo(Thread.class)
                .because("dom, style, layout, paint and raster are pure stages, testable without processes;"
                        + " which thread runs them is the renderer's business (a thread-safe cache is fine)")
                .check(classes);
    }

    @Test
    void childProcessModulesDoNotKnowEachOther() {
        noClasses().that().resideInAPackage("minibrowser.renderer..")
                .should().dependOnClassesThat().resideInAnyPackage("minibrowser.gpu..", "minibrowser.plugin..", "minibrowser.browser..")
                .because("each process is a module that depends only on the contracts in proto")
                .check(classes);
        noClasses().that().resideInAPackage("minibrowser.gpu..")
                .should().dependOnClassesThat().resideInAnyPackage("minibrowser.renderer..", "minibrowser.plugin..", "minibrowser.browser..")
                .because("each process is a module that depends only on the contracts in proto")
                .check(classes);
        noClasses().that().resideInAPackage("minibrowser.plugin..")
                .should().dependOnClassesThat().resideInAnyPackage("minibrowser.renderer..", "minibrowser.gpu..", "minibrowser.browser..")
                .because("each process is a module that depends only on the contracts in proto")
                .check(classes);
    }

    @Test
    void threadsAreMadeOnlyByTheNamedThreadFactory() {
        noClasses().that().doNotHaveFullyQualifiedName("minibrowser.common.NamedThreads")
                .should().callConstructorWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                                com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo(Thread.class))))
                .because("every thread has a name that says its role, given in one place")
                .check(classes);
    }

    @Test
    void onlyTheBrowserStartsProcesses() {
        noClasses().that().resideOutsideOfPackages("minibrowser.browser.children..", "minibrowser.browser.bench..",
                        "minibrowser.browser.compare..", "minibrowser.browser.chaos..")
                .should().dependOnClassesThat().haveFullyQualifiedName("java.lang.ProcessBuilder")
                .because("every child is launched, and watched, by ChildLauncher (benchmarks in bench and compare,"
                        + " and the chaos run (kill(1) for SIGSTOP and SIGCONT), drive whole browsers from outside, as a user would, and are not part of one)")
                .check(classes);
    }
}
