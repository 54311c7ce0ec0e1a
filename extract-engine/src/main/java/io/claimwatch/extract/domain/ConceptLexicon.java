package io.claimwatch.extract.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A concept lexicon from a resource: lines {@code concept: word word "multi word"}, # comments.
 * Looks up the concept of a run of lemmas, longest entry first.
 */
final class ConceptLexicon {

  private static final Pattern ENTRY = Pattern.compile("\"([^\"]+)\"|(\\S+)");

  private final Map<String, String> conceptOf = new LinkedHashMap<>();
  private final Map<String, String> written = new LinkedHashMap<>();   // entry -> as the file writes it
  /**
   * The first word of every entry, and the most words of an entry that starts with it: no entry
   * starts at a word that is not one of them, and most start only one-word entries.
   */
  private final Map<String, Integer> longestFrom = new HashMap<>();
  /**
   * Each word one of whose {@link WordForms} is an entry ("killed", "kills", "killing" of "kill"), and
   * the first such form, as {@link WordForms#match} takes it: made once from the entries instead of
   * making every word's forms at every lookup.
   */
  private final Map<String, String> entryFormOf = new HashMap<>();
  /**
   * What a lookup at a word needs, in one hash lookup instead of three: of {@link #longestFrom}, of the
   * concept of the word as a one-word entry, and the match of its {@link #entryFormOf entry form}.
   */
  private final Map<String, Slot> slots = new HashMap<>();
  /** {@link #slots}' words: a word none of them has no slot, told without the map's lookup (most words of a sentence). */
  private final WordBits slotWords;

  /** A word's {@link #slots}: the most words of an entry starting with it (0: none), its own concept, its form's match. */
  private record Slot(int longest, String single, Match formMatch) {}

  private ConceptLexicon(Map<String, String> entries, Map<String, String> written) {
    conceptOf.putAll(entries);
    this.written.putAll(written);
    entries.keySet().forEach(k -> longestFrom.merge(k.indexOf(' ') < 0 ? k : k.substring(0, k.indexOf(' ')), k.split(" ").length, Math::max));
    for (String entry : entries.keySet()) {
      for (String word : WordForms.inflections(entry)) {
        if (entryFormOf.containsKey(word)) {
          continue;
        }
        for (String form : WordForms.of(word)) {
          if (conceptOf.containsKey(form)) {
            entryFormOf.put(word, form);
            break;
          }
        }
      }
    }
    java.util.Set<String> keys = new java.util.HashSet<>(longestFrom.keySet());
    keys.addAll(entryFormOf.keySet());
    slotWords = WordBits.of(keys);
    for (String word : keys) {
      Integer longest = longestFrom.get(word);
      String form = entryFormOf.get(word);
      // as match(List.of(form), 0): a form of one word is its own first word and an entry; of more words, no match
      Match formMatch = form == null || !longestFrom.containsKey(form) ? null : new Match(conceptOf.get(form), 1);
      slots.put(word, new Slot(longest == null ? 0 : longest, conceptOf.get(word), formMatch));
    }
  }

  static ConceptLexicon load(String resource) {
    Map<String, String> entries = new LinkedHashMap<>();
    Map<String, String> written = new LinkedHashMap<>();
    try (InputStream in = ConceptLexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("lexicon " + resource + " is missing from the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int colon = line.indexOf(':');
        if (colon < 0) {
          entries.put(line.toLowerCase(Locale.ROOT), line.toLowerCase(Locale.ROOT));
          continue;
        }
        String concept = line.substring(0, colon).strip();
        Matcher m = ENTRY.matcher(line.substring(colon + 1));
        while (m.find()) {
          String asWritten = m.group(1) != null ? m.group(1) : m.group(2);
          String word = asWritten.toLowerCase(Locale.ROOT);
          entries.putIfAbsent(word, concept);
          written.putIfAbsent(word, asWritten);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading lexicon " + resource, e);
    }
    return new ConceptLexicon(entries, written);
  }

  /** The concept of the longest entry starting at {@code from}, and its length in words; null if none. */
  Match match(List<String> lemmas, int from) {
    Slot slot = from < lemmas.size() ? slot(lemmas.get(from)) : null;
    return slot == null ? null : match(slot, lemmas, from);
  }

  /** The word's slot, null if none: the map is asked only when {@link #slotWords} may hold the word. */
  private Slot slot(String word) {
    return slotWords.mayHold(word) ? slots.get(word) : null;
  }

  /** {@link #match}; failing it, the match of the word's {@link #entryForm} as a one-word entry ({@link WordForms#match}); null if none. */
  Match matchOrForm(List<String> lemmas, int from) {
    Slot slot = slot(lemmas.get(from));
    if (slot == null) {
      return null;
    }
    Match m = match(slot, lemmas, from);
    return m != null ? m : slot.formMatch();
  }

  private Match match(Slot slot, List<String> lemmas, int from) {
    for (int n = Math.min(slot.longest(), lemmas.size() - from); n >= 1; n--) {
      String concept = n == 1 ? slot.single() : conceptOf.get(String.join(" ", lemmas.subList(from, from + n)));
      if (concept != null) {
        return new Match(concept, n);
      }
    }
    return null;
  }

  /** The first concept named anywhere in the lemmas; null if none. */
  String first(List<String> lemmas) {
    for (int i = 0; i < lemmas.size(); i++) {
      Match m = match(lemmas, i);
      if (m != null) {
        return m.concept();
      }
    }
    return null;
  }

  /** Each entry and its concept, in the order of the file. */
  void forEach(java.util.function.BiConsumer<String, String> action) {
    conceptOf.forEach(action);
  }

  /** The first entry of a concept as the file writes it ("US dollars"); null if the concept has none. */
  String entryOf(String concept) {
    for (Map.Entry<String, String> e : conceptOf.entrySet()) {
      if (e.getValue().equals(concept)) {
        return written.getOrDefault(e.getKey(), e.getKey());
      }
    }
    return null;
  }

  boolean contains(String lemma) {
    return conceptOf.containsKey(lemma);
  }

  /** The first of the word's {@link WordForms#of forms} that is an entry; null if none. */
  String entryForm(String word) {
    return entryFormOf.get(word);
  }

  /** A concept found and how many words it spans. */
  record Match(String concept, int words) {}
}
