package org.pactum.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The core is a library a researcher can use alone: it must not depend on Spring, JDBC,
 * servlets or any web framework.
 */
class CoreIsPlainJavaTest {

    private final JavaClasses core = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.pactum.core");

    @Test
    void coreUsesNoFrameworkDatabaseOrWebClasses() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..",
                        "java.sql..",
                        "javax.sql..",
                        "jakarta..",
                        "javax.servlet..",
                        "org.hibernate..",
                        "com.fasterxml.jackson..",
                        "tools.jackson..")
                .because("the computational core is plain Java, usable without a server or database")
                .allowEmptyShould(true)
                .check(core);
    }

    @Test
    void theRuleCatchesAViolation() {
        JavaClasses offending = new ClassFileImporter().importClasses(UsesJdbc.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> noClasses().should().dependOnClassesThat()
                        .resideInAnyPackage("java.sql..").check(offending))
                .isInstanceOf(AssertionError.class);
    }

    static class UsesJdbc {
        java.sql.Connection connection;
    }
}
