package io.claimwatch.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The images that `./mvnw package -Dimages=tar` writes (one `docker save` tarball per service, on the base that
 * deploy/images/jre-base assembles from Debian's packages) are what `docker load` takes and what the manifests
 * expect: the tag the Deployment names, every layer's digest equal to the config's diff_id (docker load checks
 * this), user 185, an entrypoint that starts the Quarkus application with JAVA_OPTS_APPEND, the ports, the OCI
 * labels, and the files the entrypoint needs. Run by the images-tar profile (CI: `.ci/run`), after the services.
 */
class ImageTarballTest {

  static final String VERSION = System.getProperty("claimwatch.version", "0.1.0-SNAPSHOT");
  static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"gateway", "ingest-service", "extract-service", "claims-service"})
  void theServicesImageIsALoadableTarballOfTheRightShape(String service) throws Exception {
    Path tarball = Tools.ROOT.resolve(service).resolve("target").resolve(service + "-" + VERSION + "-image.tar");
    assertThat(tarball).as("built by ./mvnw package -Dimages=tar").exists();
    Map<String, byte[]> small = new HashMap<>();
    Map<String, String> layerDiffIds = new HashMap<>();
    Map<String, Set<String>> layerFiles = new HashMap<>();
    try (TarArchiveInputStream tar = new TarArchiveInputStream(new BufferedInputStream(Files.newInputStream(tarball)))) {
      TarArchiveEntry e;
      while ((e = tar.getNextEntry()) != null) {
        if (e.getName().endsWith(".json")) {
          small.put(e.getName(), tar.readAllBytes());
        } else {
          Set<String> files = new HashSet<>();
          layerDiffIds.put(e.getName(), uncompressedDigest(tar, files));
          layerFiles.put(e.getName(), files);
        }
      }
    }

    JsonNode manifest = JSON.readTree(small.get("manifest.json"));
    assertThat(manifest).hasSize(1);
    JsonNode image = manifest.get(0);
    String tag = "claimwatch/" + service + ":" + VERSION;
    assertThat(image.get("RepoTags")).extracting(JsonNode::asText).containsExactly(tag);
    assertThat(deploymentImage(service)).as("the image deploy/base/%s/deployment.yaml runs", service).isEqualTo(tag);

    JsonNode config = JSON.readTree(small.get(image.get("Config").asText()));
    assertThat(config.path("os").asText()).isEqualTo("linux");
    assertThat(config.path("architecture").asText()).isEqualTo("amd64");

    // docker load refuses a tarball whose layers do not hash, uncompressed, to the config's diff_ids, in order.
    List<String> layers = new ArrayList<>();
    image.get("Layers").forEach(l -> layers.add(l.asText()));
    List<String> diffIds = new ArrayList<>();
    config.path("rootfs").path("diff_ids").forEach(d -> diffIds.add(d.asText()));
    assertThat(config.path("rootfs").path("type").asText()).isEqualTo("layers");
    assertThat(layers).hasSameSizeAs(diffIds).hasSizeGreaterThan(1);
    for (int i = 0; i < layers.size(); i++) {
      assertThat(layerDiffIds).as("layer %s is in the tarball", layers.get(i)).containsKey(layers.get(i));
      assertThat("sha256:" + layerDiffIds.get(layers.get(i))).as("diff_id of layer %d", i).isEqualTo(diffIds.get(i));
    }

    JsonNode c = config.path("config");
    assertThat(c.path("User").asText()).as("the pods' runAsUser").isEqualTo("185");
    assertThat(c.path("WorkingDir").asText()).isEqualTo("/home/jboss");
    List<String> entrypoint = new ArrayList<>();
    c.path("Entrypoint").forEach(a -> entrypoint.add(a.asText()));
    assertThat(entrypoint).hasSize(3).startsWith("/bin/sh", "-c");
    assertThat(entrypoint.get(2)).startsWith("exec java ").contains("$JAVA_OPTS_APPEND")
        .contains("-Djava.util.logging.manager=org.jboss.logmanager.LogManager").contains("-XX:+ExitOnOutOfMemoryError")
        .endsWith("-jar /home/jboss/quarkus-run.jar");
    assertThat(c.path("ExposedPorts").has("8080/tcp")).isTrue();
    assertThat(c.path("ExposedPorts").has("9000/tcp")).isTrue();
    assertThat(c.path("Env").toString()).contains("PATH=/usr/lib/jvm/java-17-openjdk-amd64/bin:");
    assertThat(c.path("Labels").path("org.opencontainers.image.title").asText()).isEqualTo(service);
    assertThat(c.path("Labels").path("org.opencontainers.image.version").asText()).isEqualTo(VERSION);

    // What the entrypoint runs is in the layers: the shell, java, the application, the user.
    Set<String> files = new HashSet<>();
    layerFiles.values().forEach(files::addAll);
    assertThat(files).contains("bin/sh", "usr/lib/jvm/java-17-openjdk-amd64/bin/java", "etc/passwd",
        "etc/ssl/certs/java/cacerts", "home/jboss/quarkus-run.jar", "home/jboss/quarkus/quarkus-application.dat");
    assertThat(files).anyMatch(f -> f.startsWith("home/jboss/app/") && f.endsWith(".jar"));
    assertThat(files).anyMatch(f -> f.startsWith("home/jboss/lib/main/"));
  }

  /** sha256 of a layer's uncompressed tar (its diff_id), noting the paths of its files. */
  private static String uncompressedDigest(InputStream layer, Set<String> files) throws Exception {
    byte[] head = layer.readNBytes(2);
    InputStream whole = new java.io.SequenceInputStream(new ByteArrayInputStream(head), layer);
    InputStream plain = head.length == 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b
        ? new GZIPInputStream(whole) : whole;
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    DigestInputStream digesting = new DigestInputStream(plain, sha);
    // Read the layer as a tar for its paths, then drain the rest (the end-of-archive blocks) into the digest.
    TarArchiveInputStream inner = new TarArchiveInputStream(new NonClosing(digesting));
    TarArchiveEntry e;
    while ((e = inner.getNextEntry()) != null) {
      files.add(e.getName().replaceFirst("^\\./", "").replaceFirst("^/", ""));
    }
    digesting.transferTo(java.io.OutputStream.nullOutputStream());
    return HexFormat.of().formatHex(sha.digest());
  }

  private static String deploymentImage(String service) throws IOException {
    for (String line : Files.readAllLines(Tools.DEPLOY.resolve("base").resolve(service).resolve("deployment.yaml"))) {
      String t = line.trim();
      if (t.startsWith("image:")) {
        return t.substring("image:".length()).trim();
      }
    }
    throw new IllegalStateException("no image in " + service + "'s deployment");
  }

  /** Keeps the digesting stream open when the inner tar reader is done with it. */
  private static final class NonClosing extends java.io.FilterInputStream {
    NonClosing(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }
}
