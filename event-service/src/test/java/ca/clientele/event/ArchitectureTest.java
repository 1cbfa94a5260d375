package ca.clientele.event;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RestController;

class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ca.clientele.event");

    private static final DescribedPredicate<JavaClass> AN_ENTITY =
            DescribedPredicate.describe("an entity", type -> type.isAnnotatedWith(Entity.class));

    @Test
    void controllersNeverReturnEntities() {
        methods()
                .that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(RestController.class)
                .should()
                .notHaveRawReturnType(AN_ENTITY)
                .check(CLASSES);
    }

    @Test
    void responseRecordsHoldNoEntities() {
        // A DTO wrapping an entity would expose it just the same.
        classes()
                .that()
                .areRecords()
                .should(ArchConditions.have(DescribedPredicate.describe(
                        "no entity component",
                        record -> record.getFields().stream().noneMatch(field -> AN_ENTITY.test(field.getRawType())))))
                .check(CLASSES);
    }

    @Test
    void entitiesArePackagePrivate() {
        classes().that().areAnnotatedWith(Entity.class).should().notBePublic().check(CLASSES);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        SlicesRuleDefinition.slices()
                .matching("ca.clientele.event.(*)..")
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
                        "ca.clientele.registry..",
                        "ca.clientele.ticket..",
                        "ca.clientele.booking..",
                        "ca.clientele.billing..",
                        "ca.clientele.document..")
                .check(CLASSES);
    }
}
