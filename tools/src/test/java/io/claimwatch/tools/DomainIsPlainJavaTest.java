package io.claimwatch.tools;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Every service's {@code domain} package is plain Java (the JDK, Micrometer and the libraries an
 * engine needs), so that its unit tests run without Quarkus and it can be reused offline, as
 * bin/extract-claims does.
 */
class DomainIsPlainJavaTest {

  private final JavaClasses classes = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.claimwatch");

  @Test
  void domainCoresDependOnNoFrameworkTransportOrWireFormat() {
    Assertions.assertThat(classes.stream().filter(c -> c.getPackageName().endsWith(".domain")).map(c -> c.getPackageName()).distinct())
        .as("the domain packages this test sees")
        .contains("io.claimwatch.ingest.domain", "io.claimwatch.extract.domain", "io.claimwatch.claims.domain");
    noClasses().that().resideInAPackage("io.claimwatch..domain..")
        .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta..", "io.grpc..", "com.google.protobuf..",
            "io.smallrye..", "io.vertx..", "org.jboss..", "java.sql..", "javax.sql..")
        .check(classes);
  }
}
