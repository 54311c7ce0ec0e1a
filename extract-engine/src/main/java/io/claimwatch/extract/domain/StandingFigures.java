package io.claimwatch.extract.domain;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures that are not of the story's event, keyed by their owner and measure rather than by
 * the frame the story's lead gives every figure it tells:
 * <ul>
 * <li>key.standing-capacity: a rate written before a named plant's noun ("its 318,000 barrel per day Line 14", "Citgo's
 * 167,000 bpd Lemont, Illinois refinery", PlantOwners): what the plant can do, not what the story's event did: its
 * measure is the capacity, of no cause and no event name, its place the plant's name alone ("#plant-line-14": another line,
 * another quantity), its window the years around the story, not the leak's day; its owner (plant-owner) kept.</li>
 * </ul>
 */
final class StandingFigures {

    private StandingFigures() {}

    /** How far around publication a capacity is the same (years). */
    private static final int CAPACITY_YEARS = 3;
    /**
     * The name of the plant whose rate the figure is, from the words after the figure: past the rate's words, a bracketed
     * abbreviation, the plant's noun and "in" or "at", the capitalised words and designators that follow ("barrel per day
     * Line 14/64" gives "line-14", "bpd Lemont, Illinois refinery" and "-barrel-per-day refinery in Lemont" "lemont"); "".
     */
    static String plantName(String after) {
        String[] ws = after.strip().split("\\s+");
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < ws.length && i < 10; i++) {
            String raw = ws[i], w = raw.toLowerCase(java.util.Locale.ROOT);
            boolean designator = name.length() > 0 && DESIGNATOR.matcher(raw).lookingAt();
            if (NameRunWords.capitalised(raw) || designator) {
                Matcher m = (designator ? DESIGNATOR : WORD).matcher(raw);
                if (!m.lookingAt()) break;
                name.append(name.length() > 0 ? "-" : "").append(m.group().toLowerCase(java.util.Locale.ROOT));
                if (m.end() < raw.length()) break;   // "Lemont," "14/64": the name ends at its mark
                continue;
            }
            if (name.length() > 0) break;
            boolean unitWord = PlantOwners.RATES.contains(w) || PlantOwners.UNITS.contains(w) || PlantOwners.TIMES.contains(w)
                || PlantOwners.HEADS.contains(w) || w.equals("per") || w.equals("a") || w.equals("in") || w.equals("at");
            if (!unitWord && !(raw.startsWith("(") && raw.endsWith(")")) && !(raw.startsWith("-") || raw.contains("-per-") || raw.contains("-a-"))) break;
        }
        return name.toString();
    }
    /** The scope word of a plant's name ("#plant-line-14"): a facet of the quantity, which no article's breakdown drops. */
    static final String PLANT = "#plant-";
    private static final Pattern WORD = Pattern.compile("\\p{Lu}\\p{L}+");
    private static final Pattern DESIGNATOR = Pattern.compile("[0-9][0-9A-Za-z]*");
    /**
     * The key of a figure that is not of the story's event, or {@code key} itself. {@code after}: the text of the figure's
     * clause after it; {@code pub}: the publication day (null: unknown).
     */
    static ClaimKey keyed(ClaimKey key, String text, ClaimKeys.Position at, String after, LocalDate pub) {
        if (pub == null) return key;
        boolean plant = PlantOwners.beforePlant(text, at.figureStart(), at.figureEnd(), at.sentenceEnd());
        boolean rate = key.unit().contains("/");
        String plantName = plant && rate ? plantName(after) : "";
        if (!plantName.isEmpty()) {
            // a plant's name tells one company's lines apart ("Line 14", "Line 6A"): the place is the plant's own
            return new ClaimKey(key.kind(), "capacity", key.party(), key.unit(), "", PLANT + plantName, "",
                pub.minusYears(CAPACITY_YEARS), pub.plusYears(CAPACITY_YEARS));
        }
        return key;
    }
}
