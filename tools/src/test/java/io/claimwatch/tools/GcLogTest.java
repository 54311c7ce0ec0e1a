package io.claimwatch.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GcLogTest {

  @Test
  void readsEachPauseWithTheHeapAfterItAndWhetherItWasFull(@TempDir Path dir) throws Exception {
    // As the serial collector writes it with -Xlog:gc:file=...:timemillis (JDK 17).
    Path log = Files.writeString(dir.resolve("svc-gc.log"), """
        [1796298539960ms] Using Serial
        [1796298542604ms] GC(0) Pause Young (Allocation Failure) 17M->3M(61M) 52.343ms
        [1796298543460ms] GC(117) Pause Full (System.gc()) 13M->4M(61M) 6.500ms
        """);
    assertThat(GcLog.read(log)).containsExactly(
        new GcLog.Pause(1796298542604L, false, 3),
        new GcLog.Pause(1796298543460L, true, 4));
  }

  @Test
  void readsTheG1CollectorsPausesToo(@TempDir Path dir) throws Exception {
    // As G1 writes them (JDK 17): young and mixed pauses, the remark and cleanup of a marking cycle, a line without sizes.
    Path log = Files.writeString(dir.resolve("svc-gc.log"), """
        [1796298539960ms] Using G1
        [1796298542604ms] GC(4) Pause Young (Normal) (G1 Evacuation Pause) 140M->21M(512M) 3.120ms
        [1796298542700ms] GC(5) Concurrent Mark Cycle
        [1796298542800ms] GC(5) Pause Remark 60M->58M(512M) 1.010ms
        [1796298543000ms] GC(6) Pause Young (Mixed) (G1 Evacuation Pause) 150M->16M(512M) 4.000ms
        """);
    assertThat(GcLog.read(log)).containsExactly(
        new GcLog.Pause(1796298542604L, false, 21),
        new GcLog.Pause(1796298542800L, false, 58),
        new GcLog.Pause(1796298543000L, false, 16));
  }

  @Test
  void aServiceThatWroteNoLogHasNoPauses(@TempDir Path dir) throws Exception {
    assertThat(GcLog.read(dir.resolve("absent.log"))).isEmpty();
  }

  @Test
  void theOptionNamesTheFileAndTheTimestampTheReaderExpects() {
    assertThat(GcLog.option(Path.of("/tmp/logs/claims-service-gc.log")))
        .isEqualTo("-Xlog:gc:file=/tmp/logs/claims-service-gc.log:timemillis:filecount=0");
  }
}
