package io.claimwatch.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine's classes stay small enough to read whole: none over {@value #MAX_LINES} lines (issue 11). A class at the
 * limit is split by a coherent part (a reader of one construction, a word list's owner) before a rule is added to it.
 */
class ClassSizeTest {

    private static final int MAX_LINES = 400;
    private static final Path SOURCES = Path.of("src/main/java");

    @Test
    void noClassOfTheEngineIsOverTheLimit() throws IOException {
        List<String> over;
        List<Path> classes;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            classes = files.filter(f -> f.toString().endsWith(".java")).toList();
        }
        over = classes.stream()
                .filter(f -> lines(f) > MAX_LINES)
                .map(f -> SOURCES.relativize(f) + ": " + lines(f) + " lines")
                .toList();
        assertThat(classes).hasSizeGreaterThan(10);
        assertThat(over).as("classes over %d lines", MAX_LINES).isEmpty();
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }
}
