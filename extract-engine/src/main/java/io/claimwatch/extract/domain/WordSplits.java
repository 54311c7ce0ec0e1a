package io.claimwatch.extract.domain;

import java.util.regex.Pattern;

/**
 * The patterns the stages split and clean words with, compiled once: {@code String.split} and
 * {@code String.replaceAll} with a pattern of more than one character compile it at every call,
 * which on the per-figure paths cost more than the rule around them.
 */
final class WordSplits {

    /** Runs of whitespace: "  ". */
    static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** Runs of anything but letters: where "20-day-old national seamen's" splits into words. */
    static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
    /** Where "year-on-year", "year’s" split into their words. */
    static final Pattern HYPHEN_OR_APOSTROPHE = Pattern.compile("[-’']");
    /** Chars a word keeps of its punctuation: letters and apostrophes. */
    static final Pattern NOT_LETTER_OR_APOSTROPHE = Pattern.compile("[^\\p{L}'’]");
    /** Runs of commas and whitespace between two date phrases: "Monday, and". */
    static final Pattern COMMAS_AND_SPACES = Pattern.compile("[,\\s]+");
    /** A plural's final "s". */
    static final Pattern FINAL_S = Pattern.compile("s$");
    /** A possessive ending: "year's", "week’s". */
    static final Pattern POSSESSIVE = Pattern.compile("['’]s$");
    /** A hyphenated word up to its last hyphen: "twenty-" of "twenty-one". */
    static final Pattern UP_TO_LAST_HYPHEN = Pattern.compile(".*-");
    /** A few words, letters and hyphens, between a figure and a bracket: "(about". */
    static final Pattern FEW_WORDS = Pattern.compile("[\\s\\p{L}-]{0,12}");

    /** Whether {@code s} is min to max capitals A-Z: what {@code s.matches("[A-Z]{min,max}")} tells, without a pattern. */
    static boolean capitals(String s, int min, int max) {
        if (s.length() < min || s.length() > max) return false;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) < 'A' || s.charAt(i) > 'Z') return false;
        return true;
    }

    /** Whether {@code s} is min to max digits 0-9: what {@code s.matches("\\d{min,max}")} tells, without a pattern. */
    static boolean digits(String s, int min, int max) {
        if (s.length() < min || s.length() > max) return false;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        return true;
    }

    private WordSplits() { }
}
