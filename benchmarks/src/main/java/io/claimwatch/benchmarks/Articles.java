package io.claimwatch.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The benchmark inputs: the seed articles (bundled in the jar) and synthetic texts made from paragraphs. */
final class Articles {

    static final String[] SEEDS = {
        "000_6b311205ed4b5ad7.txt", "001_3cfe998d9931a718.txt", "002_f51e2aa30ed312ff.txt",
        "003_61f437f3e7882feb.txt", "004_db5a7571354150cf.txt"};
    static final String[] EVAL = {
        "flood_01.txt", "strike_01.txt", "election_01.txt", "quake_01.txt", "swap_01.txt", "economy_01.txt",
        "protest_01.txt", "wildfire_01.txt"};

    /** A seed by file name, or "synthetic-100KB" / "synthetic-1MB". */
    static String input(String name) {
        if (name.equals("synthetic-100KB")) return synthetic(100_000);
        if (name.equals("synthetic-1MB")) return synthetic(1_000_000);
        return read("articles/seeds/" + name);
    }

    /** A seed by file name, or "text-1MB" / "text-5MB" ({@link #concatenated}): CleanBenchmark's inputs. */
    static String cleanInput(String name) {
        if (name.equals("text-1MB")) return concatenated(1_000_000);
        if (name.equals("text-5MB")) return concatenated(5_000_000);
        return read("articles/seeds/" + name);
    }

    /**
     * About {@code bytes} of real articles, whole, one after another with a blank line between them, in file-name
     * order: the {@code .txt} files of the directories {@code -Dclaimwatch.texts} names (separated by the path
     * separator, e.g. the corpora's {@code texts/}: 3 MB of distinct news), else the seeds and the eval articles in
     * the jar; repeated from the first when they run out (a repeat is cleaning's work too: it drops the copy).
     */
    static String concatenated(int bytes) {
        List<String> texts = new ArrayList<>();
        String dirs = System.getProperty("claimwatch.texts", "");
        for (String d : dirs.split(java.io.File.pathSeparator)) {
            if (d.isBlank()) continue;
            try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(java.nio.file.Path.of(d))) {
                for (java.nio.file.Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    texts.add(java.nio.file.Files.readString(f));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (texts.isEmpty()) {
            for (String s : SEEDS) texts.add(read("articles/seeds/" + s));
            for (String s : EVAL) texts.add(read("articles/eval/" + s));
        }
        StringBuilder sb = new StringBuilder(bytes + 4096);
        int size = 0;
        for (int i = 0; size < bytes; i++) {
            String t = texts.get(i % texts.size()).strip();
            sb.append(t).append("\n\n");
            size += utf8(t) + 2;
        }
        return sb.toString();
    }

    /** All seed articles, concatenated: the mean seed size is its length over SEEDS.length. */
    static int meanSeedBytes() {
        int total = 0;
        for (String s : SEEDS) total += utf8(read("articles/seeds/" + s));
        return total / SEEDS.length;
    }

    /**
     * About {@code bytes} of news text: the paragraphs of the seeds and of the eval articles (wars,
     * floods, strikes, elections, quakes, swaps, rates, protests, wildfires) in a fixed shuffled
     * order, repeated until the size is reached. Fixed seed, so every run measures the same text.
     */
    static String synthetic(int bytes) {
        List<String> paragraphs = new ArrayList<>();
        for (String s : SEEDS) paragraphs.addAll(paragraphs(read("articles/seeds/" + s)));
        for (String s : EVAL) paragraphs.addAll(paragraphs(read("articles/eval/" + s)));
        Random rnd = new Random(42);
        StringBuilder sb = new StringBuilder(bytes + 4096);
        int size = 0;
        while (size < bytes) {
            String p = paragraphs.get(rnd.nextInt(paragraphs.size()));
            sb.append(p).append("\n\n");
            size += utf8(p) + 2;
        }
        return sb.toString();
    }

    static int utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String p : text.split("\n")) if (!p.isBlank()) out.add(p.strip());
        return out;
    }

    private static String read(String resource) {
        try (InputStream in = Articles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing benchmark input " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Articles() { }
}
