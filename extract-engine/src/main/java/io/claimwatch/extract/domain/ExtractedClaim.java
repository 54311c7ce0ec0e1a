package io.claimwatch.extract.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * One quantitative claim. {@code start}/{@code end} are UTF-16 offsets into the extracted text and
 * {@code text.substring(start, end).equals(quote)}. A null bound is open. {@code key} says what it
 * counts and of which event; {@code background} that the event is another than the article's. The
 * counted phrase and the claimant are names, not quotes: a line break of wrapped text inside one is a space.
 * {@code explanation} says, field by field, which rule set it from which words; it is empty unless
 * asked for ({@link ClaimExtractor#extract(String, java.time.LocalDate, Deadline, boolean)}).
 */
public record ExtractedClaim(String quote, int start, int end,
                             BigDecimal low, BigDecimal high,
                             Hedge hedge, String unit, String numberText,
                             String counted, String claimant,
                             PartialDate eventStart, PartialDate eventEnd, PartialDate statementDate,
                             Modality modality, ClaimKey key, boolean background,
                             List<FieldSource> explanation) {

    public ExtractedClaim {
        explanation = explanation == null ? List.of() : List.copyOf(explanation);
        counted = counted == null ? null : oneLine(counted);
        claimant = claimant == null ? null : oneLine(claimant);
    }

    /** Where its number stands in {@code text}, inside its quote; -1 when it does not. */
    public int figureIn(String text) {
        int at = numberText.isEmpty() ? -1 : text.indexOf(numberText, start);
        return at >= 0 && at + numberText.length() <= end ? at : -1;
    }

    /** The claim with another key, set by {@code rule} from the words {@code text[from, to)}: its explanation says so. */
    public ExtractedClaim rekeyed(ClaimKey newKey, String rule, String text, int from, int to) {
        return new ExtractedClaim(quote, start, end, low, high, hedge, unit, numberText, counted, claimant, eventStart, eventEnd,
            statementDate, modality, newKey, background, explainedBy(FieldSource.Field.KEY, rule, text, from, to));
    }

    /** The explanation with {@code field}'s source replaced by the rule that set it now. */
    private List<FieldSource> explainedBy(FieldSource.Field field, String rule, String text, int from, int to) {
        return explainedBy(explanation, FieldSource.of(field, rule, text, from, to));
    }

    /** {@code sources} with the source of {@code now}'s field replaced by {@code now} (none added to an empty explanation). */
    private static List<FieldSource> explainedBy(List<FieldSource> sources, FieldSource now) {
        List<FieldSource> out = new java.util.ArrayList<>(sources.size());
        for (FieldSource f : sources) {
            out.add(f.field() == now.field() ? now : f);
        }
        return out;
    }

    /** The claim with another claimant, set as {@code source} says: its explanation says so. */
    public ExtractedClaim withClaimant(String who, FieldSource source) {
        return new ExtractedClaim(quote, start, end, low, high, hedge, unit, numberText, counted, who, eventStart, eventEnd,
            statementDate, modality, key, background, explainedBy(explanation, source));
    }

    /** The claim with other event dates, set as {@code startSource} and {@code endSource} say: its explanation says so. */
    public ExtractedClaim withEventDates(PartialDate from, PartialDate to, FieldSource startSource, FieldSource endSource) {
        return new ExtractedClaim(quote, start, end, low, high, hedge, unit, numberText, counted, claimant, from, to,
            statementDate, modality, key, background, explainedBy(explainedBy(explanation, startSource), endSource));
    }

    /** The fields a conversion takes from the measure it converts, with their explanation. */
    private static final java.util.Set<FieldSource.Field> COPIED = java.util.EnumSet.of(FieldSource.Field.CLAIMANT,
        FieldSource.Field.EVENT_START, FieldSource.Field.EVENT_END, FieldSource.Field.STATEMENT_DATE, FieldSource.Field.MODALITY,
        FieldSource.Field.BACKGROUND);

    /**
     * The claim as the conversion in brackets of {@code measure}, told of what the measure is: its hedge and bounds
     * ({@code low}, {@code high}), {@code counted} and the measure's key, set by {@code rule} from the words
     * {@code text[from, to)}; and the measure's claimant, dates and modality, explained as the measure's.
     */
    public ExtractedClaim conversionOf(ExtractedClaim measure, BigDecimal low, BigDecimal high, Hedge hedge, String counted,
                                       String rule, String text, int from, int to) {
        java.util.Set<FieldSource.Field> set = java.util.EnumSet.of(FieldSource.Field.COUNTED, FieldSource.Field.KEY);
        if (hedge != this.hedge) set.add(FieldSource.Field.HEDGE);
        java.util.Map<FieldSource.Field, FieldSource> theirs = new java.util.EnumMap<>(FieldSource.Field.class);
        for (FieldSource f : measure.explanation) theirs.put(f.field(), f);
        List<FieldSource> sources = new java.util.ArrayList<>(explanation.size());
        for (FieldSource f : explanation) {
            // the claimant, dates and modality are the measure's, with the words they came from
            sources.add(set.contains(f.field()) ? FieldSource.of(f.field(), rule, text, from, to)
                : COPIED.contains(f.field()) ? theirs.getOrDefault(f.field(), f) : f);
        }
        return new ExtractedClaim(quote, start, end, low, high, hedge, unit, numberText, counted, measure.claimant, measure.eventStart,
            measure.eventEnd, measure.statementDate, measure.modality, measure.key, measure.background, sources);
    }

    /** The claim with another key, its explanation unchanged: a key refined (a scope added or dropped), not set anew. */
    public ExtractedClaim withKey(ClaimKey newKey) {
        return new ExtractedClaim(quote, start, end, low, high, hedge, unit, numberText, counted, claimant, eventStart, eventEnd,
            statementDate, modality, newKey, background, explanation);
    }

    /** The claim with another counted phrase, set by {@code rule} from the words {@code text[from, to)}: its explanation says so. */
    public ExtractedClaim withCounted(String phrase, String rule, String text, int from, int to) {
        return new ExtractedClaim(quote, start, end, low, high, hedge, unit, numberText, phrase, claimant, eventStart, eventEnd,
            statementDate, modality, key, background, explainedBy(FieldSource.Field.COUNTED, rule, text, from, to));
    }

    /** The claim as a figure of another event than the article's: that event's key and dates. */
    public ExtractedClaim asBackground(ClaimKey newKey, PartialDate from, PartialDate to) {
        return new ExtractedClaim(quote, start, end, low, high, hedge, unit, numberText, counted, claimant, from, to,
            statementDate, modality, newKey, true, explanation);
    }

    private static String oneLine(String s) {
        return s.indexOf('\n') < 0 && s.indexOf('\r') < 0 ? s : s.replaceAll("\\s+", " ");
    }
}
