package io.claimwatch.extract.domain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs the extractor over every *.txt of a folder (publication date null) and writes the scorer's
 * JSONL: {@code EvalRunner ARTICLES_DIR OUT.jsonl}, then
 * {@code python3 /work/shared/eval/score.py GOLD.jsonl OUT.jsonl ARTICLES_DIR --verbose}.
 */
public final class EvalRunner {

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.writeString(out, jsonl(ClaimExtractor.create(), dir), StandardCharsets.UTF_8);
    }

    static String jsonl(ClaimExtractor x, Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
        }
        StringBuilder sb = new StringBuilder();
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            Extraction e = x.extract(text, null);
            sb.append("{\"doc\": ").append(str(f.getFileName().toString()))
                    .append(", \"publication_date\": ").append(e.publicationDate() == null ? "null" : str(e.publicationDate().toString()))
                    .append(", \"claims\": [");
            for (int i = 0; i < e.claims().size(); i++) {
                ExtractedClaim c = e.claims().get(i);
                if (i > 0) sb.append(", ");
                sb.append("{\"quote\": ").append(str(c.quote()))
                        .append(", \"value_low\": ").append(c.low() == null ? "null" : c.low().toPlainString())
                        .append(", \"value_high\": ").append(c.high() == null ? "null" : c.high().toPlainString())
                        .append(", \"hedge\": ").append(str(c.hedge().name()))
                        .append(", \"unit\": ").append(str(c.unit()))
                        .append(", \"counted\": ").append(str(c.counted()))
                        .append(", \"claimant\": ").append(c.claimant() == null ? "null" : str(c.claimant()))
                        .append(", \"event_start\": ").append(c.eventStart() == null ? "null" : str(c.eventStart().toIso()))
                        .append(", \"event_end\": ").append(c.eventEnd() == null ? "null" : str(c.eventEnd().toIso()))
                        .append(", \"statement_date\": ").append(c.statementDate() == null ? "null" : str(c.statementDate().toIso()))
                        .append(", \"modality\": ").append(str(c.modality().name()))
                        .append(", \"start\": ").append(c.start())
                        .append("}");
            }
            sb.append("]}\n");
        }
        return sb.toString();
    }

    static String str(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }
}
