import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * Tags quotes and counted phrases with the engine's OpenNLP English POS model (universal tags), for
 * corpora/counted-check. Reads lines "QUOTE\tPHRASE" on stdin and answers one line each, the quote's
 * words and then the phrase's words (tagged alone), as word/TAG, the two parts split by a tab, words split
 * as the engine's PhraseTagger splits them. Run with the tools class path:
 *   java -cp "$(cat tools/target/classpath.txt)" corpora/CountedNouns.java
 */
public final class CountedNouns {
  /** Words as the engine's PhraseTagger splits them. */
  private static final String SPLIT = "[^\\p{L}\\p{N}]+";

  public static void main(String[] args) throws Exception {
    POSTaggerME tagger;
    try (InputStream in = CountedNouns.class.getResourceAsStream("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
      if (in == null) throw new IllegalStateException("the OpenNLP POS model is not on the class path");
      tagger = new POSTaggerME(new POSModel(in));
    }
    BufferedReader r = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    StringBuilder out = new StringBuilder();
    for (String line; (line = r.readLine()) != null; ) {
      int tab = line.indexOf('\t');
      out.append(tagged(tagger, line.substring(0, tab), SPLIT)).append('\t').append(tagged(tagger, line.substring(tab + 1), SPLIT)).append('\n');
    }
    System.out.print(out);
  }

  private static String tagged(POSTaggerME tagger, String text, String split) {
    String[] words = Arrays.stream(text.split(split)).filter(w -> !w.isEmpty()).toArray(String[]::new);
    String[] tags = words.length == 0 ? new String[0] : tagger.tag(words);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      s.append(i == 0 ? "" : " ").append(words[i]).append('/').append(tags[i]);
    }
    return s.toString();
  }
}
