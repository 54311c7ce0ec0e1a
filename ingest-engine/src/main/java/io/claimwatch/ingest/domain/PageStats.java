package io.claimwatch.ingest.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * What the body finder needs to know of every element of a page, measured in one pass over the tree
 * (no per-element walks over ancestors or subtrees, so the cost is linear in the page): its visible
 * text and link text (whitespace runs counted as one char), commas, whether it or an ancestor is
 * dropped (never prose), marks furniture or site chrome, and the text of its own paragraph (the text
 * not inside a nested block).
 */
final class PageStats {

  /** Per element. */
  static final class Info {
    final Info parent;
    final int depth;
    /** Never prose (script, nav, figure, hidden ...), itself or through an ancestor. */
    final boolean dropped;
    /**
     * Its class or id marks furniture (share, related, newsletter ...), and it is no wrapper of the
     * post's own container ({@link #contentText}).
     */
    boolean furniture;
    /** A proper ancestor is furniture. */
    boolean furnitureAbove;
    /** A proper ancestor, or itself, is nav, footer or aside, or has a logo/masthead class. */
    final boolean chrome;
    /**
     * Furniture that holds less than half of the page's text, itself or through an ancestor (a class
     * like "adShift" on the whole article does not make it boilerplate).
     */
    boolean boilerplate;
    /** Its class or id marks a comments section (also furniture). */
    boolean comments;
    /** The element's class and id weigh towards content (+25) or boilerplate (-25). */
    final int weight;
    int text;
    int link;
    int commas;
    int ownText;
    int ownCommas;
    /** The text of the largest element in it (itself included) whose class names content ({@link #namesContent}). */
    int contentText;
    double score;
    boolean candidate;

    Info(Info parent, int depth, boolean dropped, boolean furniture, boolean furnitureAbove, boolean chrome, int weight) {
      this.parent = parent;
      this.depth = depth;
      this.dropped = dropped;
      this.furniture = furniture;
      this.furnitureAbove = furnitureAbove;
      this.chrome = chrome;
      this.weight = weight;
    }

    double linkDensity() {
      return text == 0 ? 0 : (double) link / text;
    }
  }

  /** Never article prose. */
  static final Set<String> DROP_TAGS = Set.of("script", "style", "noscript", "template", "nav", "header", "footer",
      "aside", "figure", "figcaption", "iframe", "svg", "button", "select", "input", "textarea", "label",
      "dialog", "object", "embed", "canvas", "video", "audio", "picture", "img");
  private static final Set<String> DROP_ROLES = Set.of("navigation", "complementary", "banner", "contentinfo",
      "dialog", "alertdialog");

  static final Set<String> BLOCKS = Set.of(
      "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "fieldset", "figure",
      "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol",
      "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "details",
      "summary", "center", "ul", "body", "html");

  private static final Lexicon FURNITURE_TOKENS = Lexicon.load("html-furniture-tokens.txt");
  private static final Lexicon COMMENT_TOKENS = Lexicon.load("html-comment-tokens.txt");
  private static final Lexicon CONTENT_TOKENS = Lexicon.load("html-content-tokens.txt");
  private static final Lexicon CLASS_MODIFIERS = Lexicon.load("html-class-modifiers.txt");
  private static final Lexicon TAXONOMY_CLASSES = Lexicon.load("html-taxonomy-classes.txt");
  private static final Pattern TOKEN_SPLIT = Pattern.compile("[\\s_\\-]+|(?<=\\p{Ll})(?=\\p{Lu})");
  private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
  /** A class or id that names the site's logo or masthead: site chrome. */
  private static final Pattern SITE_CHROME = Pattern.compile(
      "(?i)(^|[\\s_-])(" + String.join("|", Lexicon.lines("html-chrome-tokens.txt")) + ")($|[\\s_-])");
  /** Class or id words that weigh an element towards content (found anywhere in the attribute). */
  private static final Pattern POSITIVE = Lexicon.anywhere("html-content-hints.txt");
  /** ... and towards boilerplate. */
  private static final Pattern NEGATIVE = Lexicon.anywhere("html-boilerplate-hints.txt");

  /**
   * Each element's info, in document order (a jsoup node equals only itself, so this is an identity
   * map): the scorer's ties go to the first element, the same in every run.
   */
  private final Map<Element, Info> infos = new LinkedHashMap<>();
  /** The kind of each class-and-id pair met in this page (pages repeat their class names). */
  private final Map<String, Integer> kinds = new java.util.HashMap<>();
  /** Whether each class attribute met in this page names content. */
  private final Map<String, Boolean> namesContent = new java.util.HashMap<>();
  /** The page's text, in chars. */
  int total;
  /** The infos in document order: parents before children. */
  private final List<Info> order = new java.util.ArrayList<>();
  /** The body finder's best-scoring element, once scored (HtmlExtractor). */
  boolean scored;
  Element top;

  private PageStats() {}

  /** Measures every element under {@code root} (inclusive); checks the budget as it goes. */
  static PageStats of(Element root, CleaningBudget budget) {
    PageStats s = new PageStats();
    s.measure(root, budget);
    int total = s.infos.get(root).text;
    s.total = total;
    for (Info i : s.order) {
      if (i.furniture && !i.comments && i.contentText * 2 >= i.text && i.contentText > 0) {
        // the content-wrapper rule: a "widget" round the post's "post-body entry-content" is its wrapper
        i.furniture = false;
      }
      i.furnitureAbove = i.parent != null && (i.parent.furniture || i.parent.furnitureAbove);
      i.boilerplate = (i.parent != null && i.parent.boilerplate) || (i.furniture && i.text * 2 < total);
    }
    return s;
  }

  Info info(Element e) {
    return infos.get(e);
  }

  /** The measured elements, in document order. */
  Iterable<Map.Entry<Element, Info>> all() {
    return infos.entrySet();
  }

  private void measure(Element root, CleaningBudget budget) {
    Info rootParentInfo = null;
    int[] links = {0};
    List<Info> blocks = new java.util.ArrayList<>();
    java.util.ArrayDeque<Info> stack = new java.util.ArrayDeque<>();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        budget.tick();
        if (node instanceof Element e) {
          Info parent = stack.isEmpty() ? rootParentInfo : stack.peek();
          String tag = e.normalName();
          boolean dropped = (parent != null && parent.dropped) || selfDropped(e, tag);
          int kind = kind(e);
          boolean furniture = kind != PLAIN;
          boolean furnitureAbove = parent != null && (parent.furniture || parent.furnitureAbove);
          boolean chrome = (parent != null && parent.chrome) || tag.equals("nav") || tag.equals("footer")
              || tag.equals("aside") || SITE_CHROME.matcher(e.className() + " " + e.id()).find();
          Info info = new Info(parent, parent == null ? 0 : parent.depth + 1, dropped, furniture, furnitureAbove, chrome,
              weight(e));
          info.comments = kind == COMMENTS;
          infos.put(e, info);
          order.add(info);
          stack.push(info);
          if (tag.equals("a")) {
            links[0]++;
          }
          if (BLOCKS.contains(tag)) {
            blocks.add(info);
          }
        } else if (node instanceof TextNode t && !stack.isEmpty()) {
          Info owner = stack.peek();
          if (owner.dropped) {
            return;
          }
          String s = t.getWholeText();
          int n = 0;
          int commas = 0;
          boolean space = true;
          for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ws = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00a0';
            if (!ws || !space) {
              n++;
            }
            space = ws;
            if (c == ',') {
              commas++;
            }
          }
          owner.text += n;
          owner.commas += commas;
          if (links[0] > 0) {
            owner.link += n;
          }
          Info block = blocks.isEmpty() ? owner : blocks.get(blocks.size() - 1);
          block.ownText += n;
          block.ownCommas += commas;
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e) {
          Info info = stack.pop();
          if (e.normalName().equals("a")) {
            links[0]--;
          }
          if (!blocks.isEmpty() && blocks.get(blocks.size() - 1) == info) {
            blocks.remove(blocks.size() - 1);
          }
          if (!e.className().isEmpty() && namesContentCached(e.className())) {
            info.contentText = info.text;
          }
          if (info.parent != null && !stack.isEmpty()) {
            info.parent.contentText = Math.max(info.parent.contentText, info.contentText);
            info.parent.text += info.text;
            info.parent.link += info.link;
            info.parent.commas += info.commas;
          }
        }
      }
    }, root);
  }

  static boolean selfDropped(Element e, String tag) {
    if (DROP_TAGS.contains(tag) || e.hasAttr("hidden")) {
      return true;
    }
    if (e.attributesSize() == 0) {
      return false;
    }
    return "true".equalsIgnoreCase(e.attr("aria-hidden"))
        || DROP_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))
        || (e.hasAttr("style") && HIDDEN_STYLE.matcher(e.attr("style")).find());
  }

  /** What an element's class and id say: {@link #PLAIN}, {@link #FURNITURE} or {@link #COMMENTS}. */
  private int kind(Element e) {
    String tag = e.normalName();
    if (tag.equals("body") || tag.equals("html")) {
      return PLAIN;
    }
    String cls = e.className();
    String id = e.id();
    if (cls.isEmpty() && id.isEmpty()) {
      return PLAIN;
    }
    String key = cls + "#" + id;
    Integer k = kinds.get(key);
    if (k == null) {
      k = Math.max(kindOf(cls), kindOf(id));
      if (k == FURNITURE && namesContent(cls)) {
        k = PLAIN;
      }
      kinds.put(key, k);
    }
    return k;
  }

  private boolean namesContentCached(String cls) {
    return namesContent.computeIfAbsent(cls, PageStats::namesContent);
  }

  /**
   * One of the element's class names is made only of content tokens, two or more ("entry-content",
   * "story-body"): the page says this is its text, and a furniture token in another of its class
   * names ("handle-adX2", "adShift") is a styling hook (Readability's "maybe a candidate" idea).
   */
  static boolean namesContent(String cls) {
    for (String name : cls.split("\\s+")) {
      String[] tokens = TOKEN_SPLIT.split(name);
      int content = 0;
      for (String t : tokens) {
        if (!t.isEmpty() && !CONTENT_TOKENS.matches(t.toLowerCase(Locale.ROOT))) {
          content = -1;
          break;
        }
        content += t.isEmpty() ? 0 : 1;
      }
      if (content >= 2) {
        return true;
      }
    }
    return false;
  }

  static final int PLAIN = 0;
  static final int FURNITURE = 1;
  static final int COMMENTS = 2;

  /**
   * The furniture tokens of one attribute: each token (split on space, '-', '_', camelCase), and each
   * class name with its separators taken out ("pull-out", "side_bar"); a token right after a modifier
   * ("has-comments", "no-sidebar") does not count.
   */
  static int kindOf(String attr) {
    attr = withoutTaxonomy(attr);
    if (attr.isEmpty()) {
      return PLAIN;
    }
    int kind = PLAIN;
    boolean modified = false;
    for (String token : TOKEN_SPLIT.split(attr)) {
      if (token.isEmpty()) {
        continue;
      }
      String t = token.toLowerCase(Locale.ROOT);
      if (modified) {
        modified = false;
        continue;
      }
      if (CLASS_MODIFIERS.matches(t)) {
        modified = true;
        continue;
      }
      if (COMMENT_TOKENS.matches(t)) {
        return COMMENTS;
      }
      if (FURNITURE_TOKENS.matches(t)) {
        kind = FURNITURE;
      }
    }
    if (kind == PLAIN) {
      for (String name : attr.split("\\s+")) {
        String joined = name.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
        if (!joined.equals(name.toLowerCase(Locale.ROOT)) && FURNITURE_TOKENS.matches(joined)) {
          return FURNITURE;
        }
      }
    }
    return kind;
  }

  /**
   * The attribute without its class names that carry the post's categories, tags or author as values
   * ({@code html-taxonomy-classes.txt}), when it has two or more of them.
   */
  static String withoutTaxonomy(String attr) {
    String[] names = attr.strip().split("\\s+");
    int taxonomy = 0;
    for (String name : names) {
      taxonomy += TAXONOMY_CLASSES.matches(name) ? 1 : 0;
    }
    if (taxonomy < 2) {
      return attr;
    }
    StringBuilder kept = new StringBuilder();
    for (String name : names) {
      if (!TAXONOMY_CLASSES.matches(name)) {
        kept.append(kept.isEmpty() ? "" : " ").append(name);
      }
    }
    return kept.toString();
  }

  private static int weight(Element e) {
    int w = 0;
    for (String attr : List.of(withoutTaxonomy(e.className()), e.id())) {
      if (attr.isEmpty()) {
        continue;
      }
      if (NEGATIVE.matcher(attr).find()) {
        w -= 25;
      }
      if (POSITIVE.matcher(attr).find()) {
        w += 25;
      }
    }
    return w;
  }
}
