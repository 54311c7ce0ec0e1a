package io.claimwatch.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a feed would say about each article of a folder: where it was published and when. Scraped
 * text carries neither, so a folder may hold a {@code sources.json} (an array of objects with
 * {@code file}, optional {@code sourceUrl}, {@code publicationDate} as YYYY-MM-DD and the
 * {@code basis} for it); the runner and the end-to-end test post each article with them.
 */
public final class SeedSources {

  /** The source of one file; either part may be null. */
  public record Source(String sourceUrl, LocalDate publicationDate) {
    static final Source UNKNOWN = new Source(null, null);
  }

  public static final String FILE_NAME = "sources.json";

  private final Map<String, Source> byFile;

  private SeedSources(Map<String, Source> byFile) {
    this.byFile = byFile;
  }

  /** The sources listed in {@code folder/sources.json}; none when there is no such file. */
  public static SeedSources of(Path folder) throws IOException {
    Path file = folder.resolve(FILE_NAME);
    Map<String, Source> out = new LinkedHashMap<>();
    if (!Files.exists(file)) {
      return new SeedSources(out);
    }
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    if (!root.isArray()) {
      throw new IOException(file + ": expected a JSON array of {file, sourceUrl, publicationDate, basis}");
    }
    for (JsonNode entry : root) {
      String name = entry.path("file").asText("");
      if (name.isEmpty()) {
        throw new IOException(file + ": an entry has no \"file\": " + entry);
      }
      String url = entry.path("sourceUrl").asText("");
      String date = entry.path("publicationDate").asText("");
      try {
        out.put(name, new Source(url.isEmpty() ? null : url, date.isEmpty() ? null : LocalDate.parse(date)));
      } catch (DateTimeParseException e) {
        throw new IOException(file + ": publicationDate of " + name + " must be YYYY-MM-DD, got '" + date + "'", e);
      }
    }
    return new SeedSources(out);
  }

  /** What is known of a file's source; both parts null when it is not listed. */
  public Source of(String fileName) {
    return byFile.getOrDefault(fileName, Source.UNKNOWN);
  }
}
