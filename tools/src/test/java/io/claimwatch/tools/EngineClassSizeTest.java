package io.claimwatch.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The engines' classes stay small enough to read whole: none over {@value #MAX_LINES} lines (issue 11). A class at the
 * limit is split by a coherent part (a reader of one construction, a word list's owner) before a rule is added to it.
 */
class EngineClassSizeTest {

    private static final int MAX_LINES = 400;

    @ParameterizedTest
    @ValueSource(strings = {"../extract-engine/src/main/java", "../ingest-engine/src/main/java"})
    void noClassOfTheEngineIsOverTheLimit(String sources) throws IOException {
        Path root = Path.of(sources);
        List<Path> classes;
        try (Stream<Path> files = Files.walk(root)) {
            classes = files.filter(f -> f.toString().endsWith(".java")).toList();
        }
        List<String> over = new ArrayList<>();
        for (Path f : classes) {
            long lines;
            try (Stream<String> l = Files.lines(f)) {
                lines = l.count();
            }
            if (lines > MAX_LINES) over.add(root.relativize(f) + ": " + lines + " lines");
        }
        assertThat(classes).hasSizeGreaterThan(10);
        assertThat(over).as("classes over %d lines", MAX_LINES).isEmpty();
    }
}
