package ca.clientele.billing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RestController;

class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ca.clientele.billing");

    @Test
    void controllersNeverReturnEntities() {
        methods()
                .that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(RestController.class)
                .should()
                .notHaveRawReturnType(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "an entity", type -> type.isAnnotatedWith(Entity.class)))
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void entitiesArePackagePrivate() {
        // Billing has no entity yet (orders and invoices come later); the rule waits for them.
        classes()
                .that()
                .areAnnotatedWith(Entity.class)
                .should()
                .notBePublic()
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        SlicesRuleDefinition.slices()
                .matching("ca.clientele.billing.(*)..")
                .should()
                .beFreeOfCycles()
                .check(CLASSES);
    }

    @Test
    void theServiceUsesNoOtherServicesClasses() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "ca.clientele.ticket..",
                        "ca.clientele.booking..",
                        "ca.clientele.registry..",
                        "ca.clientele.document..",
                        "ca.clientele.event..")
                .check(CLASSES);
    }
}
