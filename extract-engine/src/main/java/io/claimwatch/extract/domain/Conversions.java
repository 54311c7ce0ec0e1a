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
      int figure = c.figureIn(text);
      for (int j = i - 1; j >= Math.max(0, i - 2) && figure >= 0; j--) {
        ExtractedClaim sum = out.get(j);
        int at = sum.figureIn(text);
        if (at < 0 || sum.key() == null || !currencies.contains(sum.unit()) || sum.unit().equals(c.unit())) continue;
        int end = at + sum.numberText().length();
        if (end > figure || !GAP.matcher(text.substring(end, figure)).matches()) continue;
        out.set(i, c.rekeyed(sum.key(), RULE, text, at, figure + c.numberText().length()));
        break;
      }
    }
    return out;
  }
}
