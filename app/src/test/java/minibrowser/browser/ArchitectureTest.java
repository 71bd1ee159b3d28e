package minibrowser.browser;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

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

    @Test
    void renderersOpenNoConnectionOrFileOfTheirOwn() {
        noClasses().that().resideInAPackage("minibrowser.renderer..")
                .should().dependOnClassesThat().resideInAnyPackage("java.net..", "java.net.http..", "java.nio.channels..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.file.Files")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.RandomAccessFile")
                .because("the browser owns the network and files: a renderer asks it through RendererHost"
                        + " (about:sandbox's probe, which tries on purpose and is refused, is common code)")
                .check(classes);
    }

    @Test
    void onlyTheBrowserProcessTouchesTheProfile() {
        noClasses().that().resideInAnyPackage("minibrowser.renderer..", "minibrowser.gpu..", "minibrowser.plugin..",
                        "minibrowser.common..")
                .should().dependOnClassesThat().resideInAnyPackage("minibrowser.browser.profile..", "java.sql..", "org.sqlite..")
                .because("history, bookmarks and the session are the browser process's alone (Chromium's profile):"
                        + " a child never opens the database, and the sandbox does not show it the directory")
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

    /**
     * Owner threads never block on another process. The checkable form: no class of the
     * four process modules depends on a gRPC blocking stub. Their classes run on an owner
     * thread (browser-ui, renderer-main, renderer-compositor, gpu-display, plugin-paint) or
     * hand work to one, so a call to another process is a future stub whose answer is
     * posted back to the owner ({@code UiThread} in the browser). The one blocking call of
     * a child, its ChildReady at start, is in proto's bootstrap ({@code ChildEndpoint}),
     * made by the entry point before any owner thread runs; the tools, which drive a
     * browser from outside, are not process code.
     */
    @Test
    void ownerThreadsNeverBlockOnAnotherProcess() {
        noClasses().that().resideInAnyPackage("minibrowser.browser..", "minibrowser.renderer..",
                        "minibrowser.gpu..", "minibrowser.plugin..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("BlockingStub")
                .because("a blocking call from an owner thread freezes everything that thread owns while the"
                        + " other process hangs (about:gpuhang froze browser-ui for 5 s a call): call with a"
                        + " future stub and post the answer back to the owner")
                .check(classes);
    }

    /**
     * The module graph: {@code app} and {@code tools} on top, the four process modules side
     * by side, {@code proto} below them. Each module is its packages: proto is
     * {@code minibrowser.common} and {@code minibrowser.proto}, the others their own name.
     */
    @Test
    void modulesFormTheProcessGraph() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("app").definedBy("minibrowser.app..")
                .layer("tools").definedBy("minibrowser.tools..")
                .layer("browser").definedBy("minibrowser.browser..")
                .layer("renderer").definedBy("minibrowser.renderer..")
                .layer("gpu").definedBy("minibrowser.gpu..")
                .layer("plugin").definedBy("minibrowser.plugin..")
                .layer("proto").definedBy("minibrowser.common..", "minibrowser.proto..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("tools").mayOnlyBeAccessedByLayers("app")
                .whereLayer("browser").mayOnlyBeAccessedByLayers("app", "tools")
                .whereLayer("renderer").mayOnlyBeAccessedByLayers("app", "tools")
                .whereLayer("gpu").mayOnlyBeAccessedByLayers("app")
                .whereLayer("plugin").mayOnlyBeAccessedByLayers("app")
                .whereLayer("proto").mayOnlyAccessLayers("proto")
                .because("each process is a module that knows only the contracts in proto; app alone knows"
                        + " every process (it runs the one the type switch names, and single-process mode runs"
                        + " them on threads); tools drive a browser from outside (the engine benchmark calls"
                        + " the renderer's stages, the children's harness the browser's launcher)")
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
    void withinTheBrowserOnlyTheChildLauncherStartsProcesses() {
        noClasses().that().resideInAnyPackage("minibrowser.browser..", "minibrowser.renderer..",
                        "minibrowser.gpu..", "minibrowser.plugin..", "minibrowser.common..")
                .and().resideOutsideOfPackage("minibrowser.browser.children..")
                .should().dependOnClassesThat().haveFullyQualifiedName("java.lang.ProcessBuilder")
                .because("every child of a browser is launched, and watched, by ChildLauncher; the tools and"
                        + " app's packaging step start whole browsers from outside, as a user would")
                .check(classes);
    }
}
