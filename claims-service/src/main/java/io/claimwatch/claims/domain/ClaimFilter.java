package io.claimwatch.claims.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
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

  private static final Pattern TERM = Pattern.compile(
      "\\s*([a-zA-Z_]+)\\s*(>=|<=|=|:)\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|[^\\s\"]+)\\s*");
  private static final Pattern AND = Pattern.compile("\\s+AND\\s+");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  public ClaimFilter {
    terms = List.copyOf(terms);
  }

  /** Parses a filter; blank is no filter. */
  public static ClaimFilter parse(String filter) {
    if (filter == null || filter.isBlank()) {
      return NONE;
    }
    List<Term> terms = new ArrayList<>();
    for (String part : AND.split(filter.strip())) {
      Matcher m = TERM.matcher(part);
      if (!m.matches()) {
        throw invalid("cannot read the filter term '" + part.strip() + "': write field op value, e.g. hedge=AT_LEAST or counted:\"soldiers\"");
      }
      String name = m.group(1).toLowerCase(Locale.ROOT);
      String op = m.group(2);
      String value = m.group(4) != null ? m.group(4).replace("\\\"", "\"").replace("\\\\", "\\") : m.group(3);
      terms.add(term(name, op, value));
    }
    return new ClaimFilter(terms);
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
        return new Term(Field.GROUP, Op.EQUALS, value.replaceFirst("^groups/", ""), null);
      }
      case "value" -> {
        if (!op.equals(">=") && !op.equals("<=")) {
          throw invalid("'value' takes >= or <=, not " + op);
        }
        try {
          return new Term(Field.VALUE, op.equals(">=") ? Op.AT_LEAST : Op.AT_MOST, null, new BigDecimal(value));
        } catch (NumberFormatException e) {
          throw invalid("'value' needs a number, not '" + value + "'");
        }
      }
      case "published", "period" -> {
        if (!op.equals(">=") && !op.equals("<=")) {
          throw invalid("'" + name + "' takes >= or <=, not " + op);
        }
        if (!ISO_DATE.matcher(value).matches()) {
          throw invalid("'" + name + "' needs an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), not '" + value + "'");
        }
        return new Term(name.equals("published") ? Field.PUBLISHED : Field.PERIOD, op.equals(">=") ? Op.AT_LEAST : Op.AT_MOST,
            value, null);
      }
      case "article" -> {
        requireOp(name, op, "=");
        return new Term(Field.ARTICLE, Op.EQUALS, value.replaceFirst("^articles/", ""), null);
      }
      default -> throw invalid("unknown filter field '" + name
          + "'; use hedge, claimant, counted, quote, group, value, published, period or article");
    }
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
