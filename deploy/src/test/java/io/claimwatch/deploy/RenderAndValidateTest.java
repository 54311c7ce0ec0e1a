package io.claimwatch.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every overlay renders with kubectl kustomize and every object passes its Kubernetes or CRD schema. */
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
    Path bad = Tools.DEPLOY.resolve("target/rendered/broken.yaml");
    java.nio.file.Files.createDirectories(bad.getParent());
    java.nio.file.Files.writeString(bad, """
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
    Tools.Result r = Tools.runAllowingFailure(Tools.nodeModules(), List.of("node", "validate.mjs", bad.toString()));
    assertThat(r.exit()).isNotZero();
    assertThat(r.output()).contains("Service x").contains("no schema for example.com/v1 Unknown").contains("2 errors");
  }
}
