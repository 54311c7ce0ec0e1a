package io.claimwatch.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every overlay renders with kubectl kustomize and every object passes its Kubernetes or CRD schema, strictly. */
class RenderAndValidateTest {

  @Test
  void everyOverlayRendersAndValidates() throws Exception {
    List<String> overlays = Tools.overlays();
    assertThat(overlays).contains("dev", "prod");
    List<String> command = new ArrayList<>(List.of("node", "validate.mjs"));
    for (String overlay : overlays) {
      Path rendered = Tools.render(overlay);
      assertThat(Manifest.load(overlay, rendered).objects).as(overlay).isNotEmpty();
      command.add(rendered.toString());
    }
    Tools.Result r = Tools.runAllowingFailure(Tools.nodeModules(), command);
    assertThat(r.exit()).as(r.output()).isZero();
    assertThat(r.output()).contains(" 0 errors");
  }

  @Test
  void theValidatorRejectsABrokenObject() throws Exception {
    // A port given as a word where the schema wants a number, and a kind with no schema: both must fail.
    Tools.Result r = validate("broken.yaml", """
        apiVersion: v1
        kind: Service
        metadata: {name: x}
        spec:
          ports: [{port: eighty}]
        ---
        apiVersion: example.com/v1
        kind: Unknown
        metadata: {name: y}
        """);
    assertThat(r.exit()).isNotZero();
    assertThat(r.output()).contains("Service x: data/spec/ports/0/port must be integer")
        .contains("Service x: Type 'string' is not assignable to type 'number'")
        .contains("no schema for example.com/v1 Unknown").contains("3 errors");
  }

  @Test
  void theValidatorIsStrictUnknownFieldsFailAtAnyDepth() throws Exception {
    // Misspelt fields the JSON schemas alone let through (they allow unknown properties), and a Cluster
    // (CloudNativePG) with an unknown field, a value outside its enum and a string for a number.
    Tools.Result r = validate("unknown-fields.yaml", """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          selector: {matchLabels: {a: b}}
          template:
            metadata: {labels: {a: b}}
            spec:
              containers:
                - name: c
                  image: i:1
                  securityContext: {readOnlyRootFileSystem: true}
        ---
        apiVersion: monitoring.coreos.com/v1
        kind: ServiceMonitor
        metadata: {name: sm}
        spec:
          selector: {}
          endpoints: [{port: management, intervall: 30s}]
        ---
        apiVersion: postgresql.cnpg.io/v1
        kind: Cluster
        metadata: {name: db}
        spec:
          instances: 3
          storage: {sizee: 1Gi}
        ---
        apiVersion: postgresql.cnpg.io/v1
        kind: Cluster
        metadata: {name: db2}
        spec:
          instances: "3"
          primaryUpdateStrategy: sometimes
        ---
        apiVersion: postgresql.cnpg.io/v1
        kind: Cluster
        metadata: {name: good}
        spec:
          instances: 3
          enablePDB: true
          primaryUpdateStrategy: unsupervised
          storage: {size: 1Gi}
          bootstrap: {initdb: {database: a, owner: b, secret: {name: s}, postInitApplicationSQL: [x]}}
        """);
    assertThat(r.exit()).isNotZero();
    assertThat(r.output())
        .contains("Deployment d: Object literal may only specify known properties, and '\"readOnlyRootFileSystem\"'")
        .contains("ServiceMonitor sm: Object literal may only specify known properties, and '\"intervall\"'")
        .contains("Cluster db: Object literal may only specify known properties, and '\"sizee\"'")
        .contains("Cluster db2: Type 'string' is not assignable to type 'number'")
        .contains("Cluster db2: Type '\"sometimes\"' is not assignable")
        .doesNotContain("Cluster good:")
        .contains("5 objects checked, 5 errors");
  }

  private static Tools.Result validate(String name, String yaml) throws Exception {
    Path file = Tools.DEPLOY.resolve("target/rendered/" + name);
    java.nio.file.Files.createDirectories(file.getParent());
    java.nio.file.Files.writeString(file, yaml);
    return Tools.runAllowingFailure(Tools.nodeModules(), List.of("node", "validate.mjs", file.toString()));
  }
}
