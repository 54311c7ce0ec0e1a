package io.claimwatch.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The extract-service image that `./mvnw package -Dimages=tar` writes runs as a pod would run it, without a
 * container engine: its layers unpacked in order into a root filesystem, mounted read-only with a tmpfs at /tmp
 * (the Deployment's readOnlyRootFilesystem and emptyDir), in new mount and PID namespaces (unshare, with /proc and
 * /dev), entered with chroot as the image's user, with the image's environment, working directory and entrypoint,
 * and the Deployment's JAVA_OPTS_APPEND. The service answers /q/health/ready UP and its JVM runs as uid 185 with
 * those options. Needs root (unshare, mount, chroot), as CI has. Run by the images-tar profile, as ImageTarballTest.
 */
class ImageRunTest {

  static final String SERVICE = "extract-service";

  @Test
  void theExtractServiceImageStartsAsItsPodWouldRunIt() throws Exception {
    String javaOptsAppend = deploymentJavaOptions();
    assertThat(Files.readString(Path.of("/proc/self/status"))).as("this test runs the image with unshare and chroot: as root")
        .containsPattern("(?m)^Uid:\\s+0\\s");
    Path tarball = Tools.ROOT.resolve(SERVICE).resolve("target")
        .resolve(SERVICE + "-" + ImageTarballTest.VERSION + "-image.tar");
    assertThat(tarball).as("built by ./mvnw package -Dimages=tar").exists();

    // Unpack: the docker-save tarball, then each layer in order over one root filesystem.
    Path work = Tools.DEPLOY.resolve("target/image-run");
    Tools.run(Tools.DEPLOY, List.of("rm", "-rf", work.toString()));
    Path image = Files.createDirectories(work.resolve("image"));
    Path root = Files.createDirectories(work.resolve("rootfs"));
    Tools.run(image, List.of("tar", "-xf", tarball.toString()));
    ObjectMapper json = new ObjectMapper();
    JsonNode manifest = json.readTree(image.resolve("manifest.json").toFile()).get(0);
    for (JsonNode layer : manifest.get("Layers")) {
      Tools.run(root, List.of("tar", "--warning=no-unknown-keyword", "-xzf", image.resolve(layer.asText()).toString()));
    }
    JsonNode config = json.readTree(image.resolve(manifest.get("Config").asText()).toFile()).get("config");
    String user = config.get("User").asText();
    assertThat(user).isEqualTo("185");

    int http = freePort();
    int management = freePort();
    List<String> env = new ArrayList<>(List.of("env", "-i"));
    config.get("Env").forEach(e -> env.add(e.asText()));
    // The Deployment's service token key comes from the Secret claimwatch-service-token; any 32 bytes here.
    env.addAll(List.of("JAVA_OPTS_APPEND=" + javaOptsAppend, "QUARKUS_HTTP_PORT=" + http,
        "CLAIMWATCH_SERVICE_TOKEN_KEY=image-run-test-service-token-key-0123456789",
        "QUARKUS_MANAGEMENT_PORT=" + management));
    List<String> entrypoint = new ArrayList<>();
    config.get("Entrypoint").forEach(a -> entrypoint.add(a.asText()));

    // Inside the namespaces: the root read-only, /proc, /dev, a tmpfs /tmp; then the image's process.
    String r = root.toString();
    String setup = String.join(" && ",
        "mount --bind " + r + " " + r, "mount -o remount,bind,ro " + r,
        "mount -t proc proc " + r + "/proc", "mount --rbind /dev " + r + "/dev",
        "mount -t tmpfs -o mode=1777 tmpfs " + r + "/tmp",
        "exec \"$@\"");
    List<String> command = new ArrayList<>(List.of("unshare", "--mount", "--pid", "--fork", "--kill-child",
        "--propagation", "private", "sh", "-c", setup, "sh"));
    command.addAll(env);
    command.addAll(List.of("/usr/sbin/chroot", "--userspec=" + user + ":" + user, r,
        "/bin/sh", "-c", "cd " + config.get("WorkingDir").asText() + " && exec \"$0\" \"$@\""));
    command.addAll(entrypoint);

    Path log = work.resolve("run.log");
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
      String ready = awaitReady(client, p, management, log);
      assertThat(ready).contains("\"status\": \"UP\"").contains("claimwatch.extract.v1.ExtractService");

      ProcessHandle jvm = p.descendants().filter(h -> h.info().command().orElse("").endsWith("/java")).findFirst()
          .orElseThrow(() -> new AssertionError("no java process under the namespace"));
      String status = Files.readString(Path.of("/proc/" + jvm.pid() + "/status"));
      assertThat(status).as("the JVM's uid and gid").containsPattern("(?m)^Uid:\\s+185\\s").containsPattern("(?m)^Gid:\\s+185\\s");
      String cmdline = Files.readString(Path.of("/proc/" + jvm.pid() + "/cmdline")).replace('\0', ' ');
      assertThat(cmdline).contains(javaOptsAppend).contains("-jar /home/jboss/quarkus-run.jar");
      assertThat(Files.readString(log)).contains(SERVICE + " " + ImageTarballTest.VERSION + " on JVM").contains("Profile prod activated");
    } finally {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      p.waitFor();
    }
  }

  private static String awaitReady(HttpClient client, Process p, int port, Path log) throws Exception {
    long end = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
        .timeout(Duration.ofSeconds(2)).build();
    while (System.nanoTime() < end) {
      if (!p.isAlive()) {
        throw new AssertionError("the image's process ended (" + p.exitValue() + "):\n" + Files.readString(log));
      }
      Optional<String> body = Optional.empty();
      try {
        HttpResponse<String> resp = client.send(req, HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() == 200) {
          body = Optional.of(resp.body());
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      if (body.isPresent()) {
        return body.get();
      }
      Thread.sleep(500);
    }
    throw new AssertionError("not ready in 90 s:\n" + Files.readString(log));
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /** The JAVA_OPTS_APPEND value of the service's Deployment in deploy/base, as a pod gets it. */
  private static String deploymentJavaOptions() throws IOException {
    var value = Pattern.compile("- name: JAVA_OPTS_APPEND\\s+value: \"([^\"]+)\"")
        .matcher(Files.readString(Tools.DEPLOY.resolve("base").resolve(SERVICE).resolve("deployment.yaml")));
    assertThat(value.find()).as("JAVA_OPTS_APPEND in deploy/base/" + SERVICE + "/deployment.yaml").isTrue();
    return value.group(1);
  }
}
