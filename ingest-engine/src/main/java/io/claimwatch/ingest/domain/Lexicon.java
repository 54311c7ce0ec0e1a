package io.claimwatch.ingest.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A list of whole-unit regular expressions read from {@code /cleaning/<name>} on the classpath (one
 * per line, {@code #} comments). Patterns are case-insensitive unless they start with {@code (?-i)}.
 */
final class Lexicon {

  private final String name;
  private final List<Pattern> patterns;
  /**
   * All the patterns as one alternation, each in its own group (inline flags such as {@code (?-i)}
   * end with their group): one matcher per key instead of one per pattern.
   */
  private final Pattern any;
  /**
   * A matcher of {@link #any} a thread, reset for each key: a matcher of the long alternation allocates its groups
   * and locals (a fifth of cleaning's allocation when made anew for each unit and lexicon).
   */
  private final ThreadLocal<Matcher> anyMatcher;
  /**
   * The patterns that do not start with a letter or digit (so the regex engine cannot reject most keys at their first
   * char: {@code .{1,400}\(photo ...}, {@code (?=.{0,500}$)(?=.*\bcookies?\b)...}) and whose every match contains
   * literals ({@link RequiredLiterals}): each is tried alone, only on a key that contains its literals. Whether a
   * key matches is the same as with the one alternation; a body paragraph is turned down by a few {@code contains}.
   */
  private final Pattern[] gated;
  private final String[][] gates;

  private Lexicon(String name, List<Pattern> patterns) {
    this.name = name;
    this.patterns = List.copyOf(patterns);
    StringBuilder sb = new StringBuilder();
    List<Pattern> gatedPatterns = new ArrayList<>();
    List<String[]> gateLiterals = new ArrayList<>();
    for (Pattern p : patterns) {
      String[] literals = RequiredLiterals.of(p.pattern()).stream().filter(l -> !l.isBlank()).toArray(String[]::new);
      if (literals.length > 0 && !Character.isLetterOrDigit(p.pattern().charAt(0))) {
        gatedPatterns.add(p);
        gateLiterals.add(literals);
        continue;
      }
      sb.append(sb.length() == 0 ? "" : "|").append("(?:").append(p.pattern()).append(')');
    }
    this.any = sb.length() == 0 ? null : Pattern.compile(sb.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    this.anyMatcher = any == null ? null : ThreadLocal.withInitial(() -> any.matcher(""));
    this.gated = gatedPatterns.toArray(Pattern[]::new);
    this.gates = gateLiterals.toArray(String[][]::new);
  }

  static Lexicon load(String name) {
    List<Pattern> patterns = new ArrayList<>();
    for (String line : lines(name)) {
      try {
        patterns.add(Pattern.compile(line, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
      } catch (PatternSyntaxException e) {
        throw new IllegalStateException("bad pattern in /cleaning/" + name + ": " + line, e);
      }
    }
    return new Lexicon(name, patterns);
  }

  /**
   * The patterns of a list file as one case-insensitive alternation, to be found anywhere in a string
   * (not matched whole, as {@link #matches} does).
   */
  static Pattern anywhere(String name) {
    return Pattern.compile("(?i)" + String.join("|", lines(name)));
  }

  /** The non-comment, non-blank lines of a lexicon file, stripped. */
  static List<String> lines(String name) {
    String path = "/cleaning/" + name;
    try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + path);
      }
      List<String> out = new ArrayList<>();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          String s = line.strip();
          if (!s.isEmpty() && !s.startsWith("#")) {
            out.add(s);
          }
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  /**
   * Furniture is short: longer units are never matched, which also keeps the backtracking of the
   * look-ahead patterns bounded on huge one-line inputs.
   */
  static final int MAX_KEY_CHARS = 1_000;

  /** Whether one pattern matches the whole of {@code key} (never for keys over MAX_KEY_CHARS). */
  boolean matches(String key) {
    if (key.length() > MAX_KEY_CHARS) {
      return false;
    }
    if (any != null && anyMatches(key)) {
      return true;
    }
    return gated.length > 0 && matchesGated(key, RequiredLiterals.fold(key));
  }

  /**
   * Whether one pattern matches the whole of the unit's key: {@link #matches(String)} of {@code u.key}, with the key
   * folded once a unit ({@link Unit#folded}) instead of once a lexicon.
   */
  boolean matches(Unit u) {
    String key = u.key;
    if (key.length() > MAX_KEY_CHARS) {
      return false;
    }
    if (any != null && anyMatches(key)) {
      return true;
    }
    return gated.length > 0 && matchesGated(key, u.folded());
  }

  /** Whether the alternation of the patterns not gated matches the whole key, on this thread's matcher. */
  private boolean anyMatches(String key) {
    Matcher m = anyMatcher.get();
    boolean matches = m.reset(key).matches();
    m.reset(""); // the key is not held past the call
    return matches;
  }

  /** Whether a gated pattern whose literals {@code folded} (the key folded) contains matches the whole key. */
  private boolean matchesGated(String key, String folded) {
    for (int i = 0; i < gated.length; i++) {
      if (containsAll(folded, gates[i]) && gated[i].matcher(key).matches()) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsAll(String folded, String[] literals) {
    for (String l : literals) {
      if (!folded.contains(l)) {
        return false;
      }
    }
    return true;
  }

  /** The patterns tried alone behind their literals, each with them (for tests). */
  List<String> gatedForTest() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < gated.length; i++) {
      out.add(gated[i].pattern() + " <- " + String.join(" & ", gates[i]));
    }
    return out;
  }

  @Override
  public String toString() {
    return "Lexicon[" + name + ", " + patterns.size() + " patterns]";
  }
}
