package io.claimwatch.extract.domain;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Single-thread throughput over the texts of a folder: {@code PerfRunner DIR [seconds]}. */
public final class PerfRunner {
    public static void main(String[] args) throws Exception {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            for (Path p : (Iterable<Path>) s.filter(p -> p.toString().endsWith(".txt"))::iterator) texts.add(Files.readString(p, StandardCharsets.UTF_8));
        }
        ClaimExtractor x = ClaimExtractor.create();
        double secs = args.length > 1 ? Double.parseDouble(args[1]) : 5;
        for (int w = 0; w < 200; w++) for (String t : texts) x.extract(t, null);
        long bytes = 0, t0 = System.nanoTime(), claims = 0;
        while (System.nanoTime() - t0 < secs * 1e9) {
            for (String t : texts) { claims += x.extract(t, null).claims().size(); bytes += t.getBytes(StandardCharsets.UTF_8).length; }
        }
        double el = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%.2f MB/s (%d claims)%n", bytes / 1e6 / el, claims);
    }
}
