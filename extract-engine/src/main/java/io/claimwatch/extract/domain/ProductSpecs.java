package io.claimwatch.extract.domain;

import java.util.List;
import java.util.Set;

/**
 * Numbers that name a product's specification or version, not how many there are: an engine's displacement
 * ({@link NumberRule#ENGINE_SIZE}: "2013 model Ford Escape with 1.6-liter engines", "Escapes with 2.0- and 2.5-liter
 * engines") and a model year before the plural of a product's versions ({@link NumberRule#MODEL_YEAR}: "2013 versions
 * of the models"). A product's name that ends in a number ("the iPad 2") is {@link NumbersInNames}' ({@link
 * NumberRule#PRODUCT_NAME}).
 */
final class ProductSpecs {

    private final Lexicon lx;
    /** "liter", "litre", "cc": units of an engine's displacement (numbers-engine-units.txt). */
    private final Set<String> engineUnits = NotFigures.words("engine-units");
    /** "engine", "motor", "V6": what a displacement measures (numbers-engine-nouns.txt). */
    private final Set<String> engineNouns = NotFigures.words("engine-nouns");
    /** "versions", "editions": a year before one names the version (numbers-model-year-nouns.txt). */
    private final Set<String> versionNouns = NotFigures.words("model-year-nouns");

    /** Words that describe an engine between its size and its noun: "turbocharged", "EcoBoost", "four-cylinder". */
    private static final int DESCRIBING_WORDS = 3;

    ProductSpecs(Lexicon lx) {
        this.lx = lx;
    }

    /** Whether the figure {@code m} names a product's specification or version by one of these rules. */
    boolean names(List<Tok> t, Mention m) {
        int k = m.tokStart;
        if (k >= t.size() || !t.get(k).isNum()) return false;
        return engineSize(t, k) || modelYear(t, m, k);
    }

    /**
     * {@link NumberRule#ENGINE_SIZE}: "with 1.6-liter engines", "its 1.6-liter turbocharged engine", "a 2.0 litre diesel":
     * digits with a unit of numbers-engine-units.txt (after a hyphen or a space) before a noun of numbers-engine-nouns.txt,
     * up to three describing words between and no function word, are the engine's size; and the first of a pair whose
     * hyphen hangs before "and", "or", "to" or a comma, "2.0- and 2.5-liter engines", is one too.
     */
    private boolean engineSize(List<Tok> t, int k) {
        int x = k + 1;
        if (x < t.size() && hyphenOn(t, x)) {
            Tok join = x + 1 < t.size() ? t.get(x + 1) : null;
            if (join != null && (join.is("and") || join.is("or") || join.is("to") || join.is(","))) {
                return x + 2 < t.size() && t.get(x + 2).isNum() && displacement(t, x + 2);   // "2.0- and 2.5-liter"
            }
        }
        return displacement(t, k);
    }

    /** Digits at {@code k}, a unit of displacement after them (a hyphen between or none) and an engine noun after it. */
    private boolean displacement(List<Tok> t, int k) {
        int x = k + 1;
        if (x < t.size() && hyphenOn(t, x)) x++;
        if (x >= t.size() || !engineUnits.contains(t.get(x).lower())) return false;
        for (int y = x + 1; y < Math.min(t.size(), x + 2 + DESCRIBING_WORDS); y++) {
            Tok w = t.get(y);
            if (engineNouns.contains(w.lower())) return true;
            if (w.is("-")) continue;                                            // "four-cylinder"
            if (!w.isWord() || w.is("of") || lx.functionWords.contains(w.lower())) return false;   // "1,600 liters of engine oil"
        }
        return false;
    }

    /** A hyphen at {@code x} glued to the token before it: "1.6-" of "1.6-liter", "2.0-" of "2.0- and". */
    private static boolean hyphenOn(List<Tok> t, int x) {
        Tok h = t.get(x);
        return (h.is("-") || h.is("‑")) && t.get(x - 1).end() == h.start();
    }

    /**
     * {@link NumberRule#MODEL_YEAR}: "The voluntary recall involves 2013 versions of the models": a year (four digits, no
     * comma) right before a plural of numbers-model-year-nouns.txt names the model year, the version, not a count.
     */
    private boolean modelYear(List<Tok> t, Mention m, int k) {
        return m.unit.isEmpty() && m.tokEnd == k + 1 && NumberRecognizer.isYearValue(t.get(k).text())
                && k + 1 < t.size() && versionNouns.contains(t.get(k + 1).lower());
    }
}
