package io.claimwatch.extract.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * conversion-key: a sum's conversion in brackets ("procedural costs of 6,708 rubles ($77)", "€10 million ($10.9
 * million)") is the same amount told in another currency, so it takes the key of the sum it converts, whole: its
 * measure, whose, its event and the sum's currency as the key's unit. claims-service compares sums of money in one
 * scale (its {@code grouping/unit-scales.txt}), so the conversion joins its sum's group whatever the currency.
 * Not a figure in brackets of the same currency, nor one the sum's figure is not right before.
 */
final class Conversions {

  static final String RULE = "conversion-key";

  /** Between a sum and its conversion: the period it is a rate of ("a year"), then the bracket. */
  private static final Pattern GAP = Pattern.compile("\\s*(?:(?:per|a|an|each) (?:annum|year|month|week|day)\\s*)?\\(\\s*");

  private Conversions() {}

  /** The claims of one article, each conversion in brackets keyed as the sum it converts. */
  static List<ExtractedClaim> keyed(String text, List<ExtractedClaim> claims, Set<String> currencies) {
    List<ExtractedClaim> out = new ArrayList<>(claims);
    for (int i = 1; i < out.size(); i++) {
      ExtractedClaim c = out.get(i);
      if (c.key() == null || !currencies.contains(c.unit())) continue;
      int figure = figure(text, c);
      for (int j = i - 1; j >= Math.max(0, i - 2) && figure >= 0; j--) {
        ExtractedClaim sum = out.get(j);
        int at = figure(text, sum);
        if (at < 0 || sum.key() == null || !currencies.contains(sum.unit()) || sum.unit().equals(c.unit())) continue;
        int end = at + sum.numberText().length();
        if (end > figure || !GAP.matcher(text.substring(end, figure)).matches()) continue;
        out.set(i, withKey(c, sum.key(), text, at, figure + c.numberText().length()));
        break;
      }
    }
    return out;
  }

  /** Where a claim's number stands in the text, inside its quote; -1 when it does not. */
  private static int figure(String text, ExtractedClaim c) {
    int at = c.numberText().isEmpty() ? -1 : text.indexOf(c.numberText(), c.start());
    return at >= 0 && at + c.numberText().length() <= c.end() ? at : -1;
  }

  private static ExtractedClaim withKey(ExtractedClaim c, ClaimKey key, String text, int from, int to) {
    List<FieldSource> explanation = new ArrayList<>();
    for (FieldSource f : c.explanation()) {
      explanation.add(f.field() == FieldSource.Field.KEY ? FieldSource.of(FieldSource.Field.KEY, RULE, text, from, to) : f);
    }
    return new ExtractedClaim(c.quote(), c.start(), c.end(), c.low(), c.high(), c.hedge(), c.unit(), c.numberText(),
        c.counted(), c.claimant(), c.eventStart(), c.eventEnd(), c.statementDate(), c.modality(), key, c.background(),
        explanation);
  }
}
