package io.claimwatch.proto;

import com.google.type.Date;
import com.google.type.Decimal;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Conversions between the google.type messages the contracts use and Java values, written once
 * for every service. Partial dates are ISO text: "2024", "2024-08" or "2024-08-06".
 */
public final class ProtoTypes {

  private ProtoTypes() {}

  /** The decimal's value; null when unset (an open bound). */
  public static BigDecimal decimal(Decimal d) {
    if (d == null || d.getValue().isEmpty()) {
      return null;
    }
    try {
      return new BigDecimal(d.getValue());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a decimal number: '" + d.getValue() + "'", e);
    }
  }

  public static Decimal decimal(BigDecimal v) {
    return Decimal.newBuilder().setValue(v.stripTrailingZeros().toPlainString()).build();
  }

  /** A full date; null when the message is unset, partial or not a real day. */
  public static LocalDate localDate(Date d) {
    if (d == null || d.getYear() == 0 || d.getMonth() == 0 || d.getDay() == 0) {
      return null;
    }
    try {
      return LocalDate.of(d.getYear(), d.getMonth(), d.getDay());
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException("not a calendar date: " + d.getYear() + "-" + d.getMonth() + "-" + d.getDay(), e);
    }
  }

  public static Date date(LocalDate d) {
    return Date.newBuilder().setYear(d.getYear()).setMonth(d.getMonthValue()).setDay(d.getDayOfMonth()).build();
  }

  /** "2024", "2024-08" or "2024-08-06" as a google.type.Date with zero month/day for the unknown parts. */
  public static Date partialDate(String iso) {
    String[] p = iso.split("-");
    Date.Builder b = Date.newBuilder().setYear(Integer.parseInt(p[0]));
    if (p.length > 1) {
      b.setMonth(Integer.parseInt(p[1]));
    }
    if (p.length > 2) {
      b.setDay(Integer.parseInt(p[2]));
    }
    return b.build();
  }

  /** The ISO text of a possibly partial date; null when unset. (Built by hand: String.format costs more than the rest of a claim's mapping.) */
  public static String partialDate(Date d) {
    if (d == null || d.getYear() == 0) {
      return null;
    }
    StringBuilder b = new StringBuilder(10);
    pad(b, d.getYear(), 4);
    if (d.getMonth() != 0) {
      pad(b.append('-'), d.getMonth(), 2);
      if (d.getDay() != 0) {
        pad(b.append('-'), d.getDay(), 2);
      }
    }
    return b.toString();
  }

  /** n with leading zeros to at least {@code width} digits, as %0<width>d writes it. */
  private static void pad(StringBuilder b, int n, int width) {
    if (n < 0) {
      b.append('-');
      n = -n;
      width--;
    }
    String digits = Integer.toString(n);
    for (int i = digits.length(); i < width; i++) {
      b.append('0');
    }
    b.append(digits);
  }
}
