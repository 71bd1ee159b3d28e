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

    @Test
    void renderersOpenNoConnectionOrFileOfTheirOwn() {
        noClasses().that().resideInAPackage("minibrowser.renderer..")
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
                .should().dependOnClassesThat().resideInAnyPackage("io.grpc..", "io.netty..", "minibrowser.proto..",
                        "java.util.concurrent..")
                .because("dom, style, layout, paint and raster are pure stages, testable without processes")
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
    void onlyTheBrowserStartsProcesses() {
        noClasses().that().resideOutsideOfPackage("minibrowser.browser.children..")
                .should().dependOnClassesThat().haveFullyQualifiedName("java.lang.ProcessBuilder")
                .because("every child is launched, and watched, by ChildLauncher")
                .check(classes);
    }
}
