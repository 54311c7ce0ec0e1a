package io.claimwatch.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalClusterTest {

  @Test
  void aServiceRunsOnAFixedPreTouchedHeapWithTheSerialCollectorByDefault() {
    assertThat(LocalCluster.heapOptions(Map.of("QUARKUS_LOG_LEVEL", "DEBUG"))).containsExactly("-Xms256m", "-Xmx256m",
        "-XX:+AlwaysPreTouch", "-XX:+UseSerialGC", "-XX:+IgnoreUnrecognizedVMOptions",
        "-XX:TrimNativeHeapInterval=60000");
  }

  @Test
  void givenJvmOptionsReplaceTheHeapAndCollectorWhole() {
    // Whole: adding -XX:+UseG1GC beside the default -XX:+UseSerialGC would stop the JVM (two collectors).
    assertThat(LocalCluster.heapOptions(Map.of(LocalCluster.JVM_OPTIONS, " -Xmx256m  -XX:+UseG1GC ")))
        .containsExactly("-Xmx256m", "-XX:+UseG1GC");
  }
}
