package io.claimwatch.extract.domain;

import java.util.Locale;

/**
 * Where one field of a claim came from, for explanations: the rule that set it and the characters of
 * the text it read, {@code [start, end)} in UTF-16 offsets with {@code text} the words there (the
 * claimant's name, the date phrase). A field no words gave (no claimant found, a date taken from the
 * article's event) has no span: {@code start} and {@code end} are -1 and {@code text} is empty.
 *
 * <p>Rule names are {@code family.rule-name}: {@code claimant.speaker-before} ({@link ClaimantRule}),
 * {@code dating.own-clause/date.calendar-date} (the {@link DatingRule} that chose the date phrase, and
 * the {@link DateRule} that found it); the outcomes no rule decides have names too
 * ({@code dating.no-date-phrase}).
 */
public record FieldSource(Field field, String rule, int start, int end, String text) {

    /** A claim's explained fields, with the name they have in the JSON output. */
    public enum Field {
        NUMBER, HEDGE, COUNTED, CLAIMANT, EVENT_START, EVENT_END, STATEMENT_DATE, MODALITY, BACKGROUND, KEY;

        /** "event_start". */
        public String jsonName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The claim's value of this field, as text ("" when it has none). */
        public String valueOf(ExtractedClaim c) {
            return switch (this) {
                case NUMBER -> number(c);
                case HEDGE -> c.hedge().name();
                case COUNTED -> orEmpty(c.counted());
                case CLAIMANT -> orEmpty(c.claimant());
                case EVENT_START -> c.eventStart() == null ? "" : c.eventStart().toIso();
                case EVENT_END -> c.eventEnd() == null ? "" : c.eventEnd().toIso();
                case STATEMENT_DATE -> c.statementDate() == null ? "" : c.statementDate().toIso();
                case MODALITY -> c.modality().name();
                case BACKGROUND -> String.valueOf(c.background());
                case KEY -> key(c.key());
            };
        }

        /** "measure soldier/capture, cause war, place @UA kursk, party RU": the parts that are set. */
        private static String key(ClaimKey k) {
            StringBuilder b = new StringBuilder();
            String[][] parts = {{"measure", k.measure()}, {"cause", k.cause()}, {"place", k.place()}, {"party", k.party()},
                {"event", k.eventName()}};
            for (String[] p : parts) if (!p[1].isEmpty()) b.append(b.length() == 0 ? "" : ", ").append(p[0]).append(' ').append(p[1]);
            return b.toString();
        }

        /** "hundreds = 200..999", "1,150 square kilometers = 1150 km2", "971": the number as written, and its interval where that reads otherwise. */
        private static String number(ExtractedClaim c) {
            String low = c.low() == null ? "" : c.low().toPlainString();
            String high = c.high() == null ? "" : c.high().toPlainString();
            String interval = (low.equals(high) ? low : low + ".." + high) + (c.unit().isEmpty() ? "" : " " + c.unit());
            return interval.equals(c.numberText()) ? interval : c.numberText() + " = " + interval;
        }

        private static String orEmpty(String s) {
            return s == null ? "" : s;
        }
    }

    /** The source of a field that words of {@code text} in [start, end) gave, its span trimmed of whitespace. */
    static FieldSource of(Field field, String rule, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        return new FieldSource(field, rule, start, end, text.substring(start, end));
    }

    /** The source of a field that no words of the text gave. */
    static FieldSource unspanned(Field field, String rule) {
        return new FieldSource(field, rule, -1, -1, "");
    }

    /** Whether the field came from words of the text. */
    public boolean hasSpan() {
        return start >= 0;
    }

    /** The name of a rule of an enum of rules: {@code family.constant-name} ("claimant.speaker-before"). */
    static String ruleName(String family, Enum<?> rule) {
        return family + "." + rule.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
