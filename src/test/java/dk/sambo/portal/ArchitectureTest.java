package dk.sambo.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.Component;

/**
 * The structure rules of <a href="../../../../../../docs/style.md">docs/style.md</a>, checked on every build, and
 * the module diagram in {@code docs/modules/}, written from the code on every build so it cannot go stale.
 */
class ArchitectureTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(Application.class);
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dk.sambo.portal");

    @Test
    void feature_modules_only_use_each_others_public_api_and_have_no_cycles() {
        MODULES.verify();
    }

    @Test
    void views_never_use_repositories() {
        noClasses().that().areAssignableTo(Component.class)
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .because("views go through services, which check access and keep transactions")
                .check(CLASSES);
    }

    @Test
    void nothing_reads_the_system_clock_directly() {
        noClasses().should().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .because("time comes from the injected Clock so tests can move it")
                .check(CLASSES);
    }

    @Test
    void error_toasts_go_through_feedback_so_only_one_is_open() {
        noClasses().that().doNotHaveFullyQualifiedName("dk.sambo.portal.shared.ui.Feedback")
                .should().accessField(com.vaadin.flow.component.notification.NotificationVariant.class, "LUMO_ERROR")
                .because("shared.ui.Feedback closes the earlier error toast; red toasts of their own stack up (#14)")
                .check(CLASSES);
    }

    /** Where the generated module documentation goes (committed, so the diagram is read where the docs are). */
    static final Path MODULE_DOCS = Path.of("docs/modules");

    @Test
    void writes_the_module_diagram_into_the_docs() throws IOException {
        // Modulith's own PlantUML: the whole (components.puml) and one diagram per module (module-<name>.puml).
        // The folder is emptied first, so a module that is gone loses its diagram too.
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(MODULE_DOCS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        ModuleDiagram.sortRelations(MODULE_DOCS);
        // The same dependencies as a Mermaid flowchart, which the repository's web view draws (docs/architecture.md
        // links to it).
        Files.writeString(MODULE_DOCS.resolve("README.md"), ModuleDiagram.markdown(MODULES));
        assertThat(MODULE_DOCS.resolve("components.puml")).exists();
    }
}
