package io.claimwatch.claims.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A parsed list filter: terms joined by {@code AND}, each {@code field op value}. Supported:
 * {@code hedge=AT_LEAST} (or {@code HEDGE_AT_LEAST}), {@code claimant="SBU"}, {@code claimant:"sbu"},
 * {@code counted:"soldiers"}, {@code quote:"captured"}, {@code group="groups/x"},
 * {@code value>=100}, {@code value<=1000} (against the interval: a claim matches when its interval
 * can reach the bound), {@code published>=2025-01-01}, {@code published<=2025-06}, {@code period>=2024-08}
 * and {@code period<=2025-05-25} (the counted period reaches the date: both together ask for an overlap),
 * {@code article="articles/x"}. {@code :} is a case-insensitive substring match, {@code =} exact. Dates
 * are ISO, possibly partial ("2024", "2024-08").
 */
public record ClaimFilter(List<Term> terms) {

  /** One condition. */
  public record Term(Field field, Op op, String text, BigDecimal number) {}

  /** The fields a term can name. */
  public enum Field { HEDGE, CLAIMANT, COUNTED, QUOTE, GROUP, VALUE, PUBLISHED, PERIOD, ARTICLE }

  /** The comparison of a term. */
  public enum Op { EQUALS, CONTAINS, AT_LEAST, AT_MOST }

  public static final ClaimFilter NONE = new ClaimFilter(List.of());

  /** The longest filter read, in characters: longer is refused before parsing. */
  public static final int MAX_LENGTH = 2_000;
  /** The most terms one filter may join. */
  public static final int MAX_TERMS = 20;
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
  /** A plain decimal: no exponent, at most 19 digits before the point and 10 after. */
  private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,19}(\\.\\d{1,10})?");

  public ClaimFilter {
    terms = List.copyOf(terms);
  }

  /**
   * Parses a filter; blank is no filter. One pass over the characters, no backtracking and no
   * recursion, so its cost is linear in the filter's length whatever the input.
   */
  public static ClaimFilter parse(String filter) {
    if (filter == null || filter.isBlank()) {
      return NONE;
    }
    if (filter.length() > MAX_LENGTH) {
      throw invalid("the filter is " + filter.length() + " characters long; the limit is " + MAX_LENGTH);
    }
    List<Term> terms = new ArrayList<>();
    Scanner in = new Scanner(filter.strip());
    while (true) {
      if (terms.size() == MAX_TERMS) {
        throw invalid("the filter joins more than " + MAX_TERMS + " terms; narrow it to at most " + MAX_TERMS);
      }
      terms.add(in.term());
      if (in.atEnd()) {
        return new ClaimFilter(terms);
      }
      in.and();
    }
  }

  /** Reads terms left to right: {@code field op value}, joined by {@code AND} between spaces. */
  private static final class Scanner {
    private final String s;
    private int i;

    Scanner(String s) {
      this.s = s;
    }

    boolean atEnd() {
      return i >= s.length();
    }

    Term term() {
      int start = i;
      spaces();
      int nameStart = i;
      while (i < s.length() && (Character.isLetter(s.charAt(i)) && s.charAt(i) < 128 || s.charAt(i) == '_')) {
        i++;
      }
      String name = s.substring(nameStart, i).toLowerCase(Locale.ROOT);
      spaces();
      String op = null;
      for (String o : new String[] {">=", "<=", "=", ":"}) {
        if (s.startsWith(o, i)) {
          op = o;
          i += o.length();
          break;
        }
      }
      if (name.isEmpty() || op == null) {
        throw unreadable(start);
      }
      spaces();
      String value;
      if (i < s.length() && s.charAt(i) == '"') {
        StringBuilder b = new StringBuilder();
        i++;
        while (true) {
          if (i >= s.length()) {
            throw invalid("the quoted value of '" + name + "' has no closing quote; end it with \"");
          }
          char c = s.charAt(i++);
          if (c == '"') {
            break;
          }
          if (c == '\\' && i < s.length()) {
            c = s.charAt(i++);
          }
          b.append(c);
        }
        value = b.toString();
      } else {
        int valueStart = i;
        while (i < s.length() && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '"') {
          i++;
        }
        value = s.substring(valueStart, i);
        if (value.isEmpty()) {
          throw unreadable(start);
        }
      }
      if (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
        throw unreadable(start);
      }
      return ClaimFilter.term(name, op, value);
    }

    /** Spaces, AND, spaces. */
    void and() {
      int start = i;
      spaces();
      if (i > start && s.startsWith("AND", i) && i + 3 < s.length() && Character.isWhitespace(s.charAt(i + 3))) {
        i += 3;
        spaces();
        return;
      }
      throw invalid("expected AND between terms at character " + (start + 1) + " ('" + excerpt(start)
          + "'); join terms with AND, e.g. hedge=AT_LEAST AND value>=100");
    }

    private void spaces() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }

    private DomainException.InvalidInput unreadable(int start) {
      return invalid("cannot read the filter term '" + excerpt(start)
          + "': write field op value, e.g. hedge=AT_LEAST or counted:\"soldiers\"");
    }

    private String excerpt(int start) {
      int from = Math.min(start, s.length());
      while (from < s.length() && Character.isWhitespace(s.charAt(from))) {
        from++;
      }
      int end = s.indexOf(" AND ", from);
      end = end < 0 ? s.length() : end;
      return end - from > 60 ? s.substring(from, from + 60) + "..." : s.substring(from, end);
    }
  }

  /** Whether a claim passes every term (the same meaning as the SQL the store runs). */
  public boolean matches(Claim c) {
    for (Term t : terms) {
      boolean ok = switch (t.field()) {
        case HEDGE -> c.hedge().name().equals(t.text());
        case GROUP -> t.text().equals(c.groupId());
        case CLAIMANT -> text(c.claimant(), t);
        case COUNTED -> text(c.counted(), t);
        case QUOTE -> text(c.quote(), t);
        case VALUE -> t.op() == Op.AT_LEAST
            ? c.high() == null || c.high().compareTo(t.number()) >= 0
            : c.low() == null || c.low().compareTo(t.number()) <= 0;
        case PUBLISHED -> dateReaches(c.publicationDate(), t);
        case PERIOD -> dateReaches(t.op() == Op.AT_LEAST ? first(c.eventEnd(), c.eventStart()) : first(c.eventStart(), c.eventEnd()), t);
        case ARTICLE -> t.text().equals(c.articleId());
      };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static boolean dateReaches(String date, Term t) {
    if (date == null) {
      return false;
    }
    return t.op() == Op.AT_LEAST ? date.compareTo(t.text()) >= 0 : date.compareTo(t.text()) <= 0 || date.startsWith(t.text());
  }

  private static String first(String a, String b) {
    return a != null ? a : b;
  }

  private static boolean text(String value, Term t) {
    if (value == null) {
      return false;
    }
    return t.op() == Op.EQUALS ? value.equals(t.text())
        : value.toLowerCase(Locale.ROOT).contains(t.text().toLowerCase(Locale.ROOT));
  }

  private static Term term(String name, String op, String value) {
    switch (name) {
      case "hedge" -> {
        requireOp(name, op, "=");
        String h = value.toUpperCase(Locale.ROOT).replaceFirst("^HEDGE_", "");
        try {
          return new Term(Field.HEDGE, Op.EQUALS, Hedge.valueOf(h).name(), null);
        } catch (IllegalArgumentException e) {
          throw invalid("unknown hedge '" + value + "'; use one of " + List.of(Hedge.values()));
        }
      }
      case "claimant", "counted", "quote" -> {
        if (!op.equals("=") && !op.equals(":")) {
          throw invalid("'" + name + "' takes = (exact) or : (contains), not " + op);
        }
        Field f = Field.valueOf(name.toUpperCase(Locale.ROOT));
        return new Term(f, op.equals("=") ? Op.EQUALS : Op.CONTAINS, value, null);
      }
      case "group" -> {
        requireOp(name, op, "=");
        return new Term(Field.GROUP, Op.EQUALS, id(name, value, "groups/"), null);
      }
      case "value" -> {
        if (!op.equals(">=") && !op.equals("<=")) {
          throw invalid("'value' takes >= or <=, not " + op);
        }
        if (!DECIMAL.matcher(value).matches()) {
          throw invalid("'value' needs a number written plainly, such as 1000 or -2.5 (at most 19 digits before the"
              + " point and 10 after, no exponent), not '" + shorten(value) + "'");
        }
        return new Term(Field.VALUE, op.equals(">=") ? Op.AT_LEAST : Op.AT_MOST, null, new BigDecimal(value));
      }
      case "published", "period" -> {
        if (!op.equals(">=") && !op.equals("<=")) {
          throw invalid("'" + name + "' takes >= or <=, not " + op);
        }
        if (!isoDate(value)) {
          throw invalid("'" + name + "' needs a real ISO date (YYYY, YYYY-MM or YYYY-MM-DD, years 1000 to 9999), not '"
              + shorten(value) + "'");
        }
        return new Term(name.equals("published") ? Field.PUBLISHED : Field.PERIOD, op.equals(">=") ? Op.AT_LEAST : Op.AT_MOST,
            value, null);
      }
      case "article" -> {
        requireOp(name, op, "=");
        return new Term(Field.ARTICLE, Op.EQUALS, id(name, value, "articles/"), null);
      }
      default -> throw invalid("unknown filter field '" + name
          + "'; use hedge, claimant, counted, quote, group, value, published, period or article");
    }
  }

  /** YYYY, YYYY-MM or YYYY-MM-DD naming a real year, month or day. */
  static boolean isoDate(String v) {
    if (v.length() != 4 && v.length() != 7 && v.length() != 10) {
      return false;
    }
    for (int k = 0; k < v.length(); k++) {
      char c = v.charAt(k);
      if ((k == 4 || k == 7) ? c != '-' : (c < '0' || c > '9')) {
        return false;
      }
    }
    int year = Integer.parseInt(v.substring(0, 4));
    if (year < 1000) {
      return false;
    }
    if (v.length() == 4) {
      return true;
    }
    int month = Integer.parseInt(v.substring(5, 7));
    if (month < 1 || month > 12) {
      return false;
    }
    if (v.length() == 7) {
      return true;
    }
    int day = Integer.parseInt(v.substring(8, 10));
    return day >= 1 && day <= java.time.YearMonth.of(year, month).lengthOfMonth();
  }

  /** The id of a resource name given with or without its collection ("groups/x" or "x"). */
  private static String id(String name, String value, String collection) {
    String id = value.startsWith(collection) ? value.substring(collection.length()) : value;
    if (!ID.matcher(id).matches()) {
      throw invalid("'" + name + "' needs a name of the form " + collection + "{id} (letters, digits, '-' and '_', at most 64),"
          + " not '" + shorten(value) + "'");
    }
    return id;
  }

  private static String shorten(String value) {
    return value.length() > 60 ? value.substring(0, 60) + "..." : value;
  }

  private static void requireOp(String name, String op, String want) {
    if (!op.equals(want)) {
      throw invalid("'" + name + "' takes " + want + ", not " + op);
    }
  }

  private static DomainException.InvalidInput invalid(String message) {
    return new DomainException.InvalidInput("INVALID_FILTER", message);
  }
}
