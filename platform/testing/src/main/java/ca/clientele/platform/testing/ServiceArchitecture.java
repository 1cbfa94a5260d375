package ca.clientele.platform.testing;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RestController;

/**
 * The layout rules every service keeps, checked on its main classes. A service's test is one
 * constructor: {@code class ArchitectureTest extends ServiceArchitecture { ArchitectureTest() {
 * super("ca.clientele.booking"); } }}, plus any rule of its own as another {@code @Test}.
 */
public abstract class ServiceArchitecture {

    /** By name: platform-testing does not put JPA on a service's test class path. */
    protected static final DescribedPredicate<JavaClass> AN_ENTITY =
            DescribedPredicate.describe("an entity", type -> type.isAnnotatedWith("jakarta.persistence.Entity"));

    // JUnit makes one instance per test method; the class files are read once per service.
    private static final Map<String, JavaClasses> IMPORTED = new ConcurrentHashMap<>();

    private final String basePackage;

    protected ServiceArchitecture(String basePackage) {
        this.basePackage = basePackage;
    }

    /** The service's main classes (no tests); never empty, so a mistyped package cannot pass. */
    protected final JavaClasses mainClasses() {
        return IMPORTED.computeIfAbsent(basePackage, ServiceArchitecture::importMainClasses);
    }

    private static JavaClasses importMainClasses(String basePackage) {
        JavaClasses imported = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
        if (imported.isEmpty()) {
            throw new IllegalStateException("No main classes under " + basePackage);
        }
        return imported;
    }

    @Test
    protected void controllersNeverReturnEntities() {
        methods()
                .that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(RestController.class)
                .should()
                .notHaveRawReturnType(AN_ENTITY)
                .allowEmptyShould(true)
                .check(mainClasses());
    }

    /** A service may have no entity yet (billing's orders came later): the rule then waits for them. */
    @Test
    protected void entitiesArePackagePrivate() {
        classes().that(AN_ENTITY).should().notBePublic().allowEmptyShould(true).check(mainClasses());
    }

    @Test
    protected void featurePackagesHaveNoCycles() {
        SlicesRuleDefinition.slices()
                .matching(basePackage + ".(*)..")
                .should()
                .beFreeOfCycles()
                .check(mainClasses());
    }

    /** Only the platform is shared: another service's classes (events included) are never used. */
    @Test
    protected void theServiceUsesNoOtherServicesClasses() {
        noClasses()
                .should()
                .dependOnClassesThat(resideInAPackage("ca.clientele..")
                        .and(DescribedPredicate.not(resideInAnyPackage(basePackage + "..", "ca.clientele.platform..")))
                        .as("classes of another Clientèle service"))
                .check(mainClasses());
    }
}
