package io.claimwatch.extract.domain;

import java.util.Collection;

/**
 * A bit for each word of a set, at bits of the word's hash (about sixteen bits a word): a word whose bit is clear is not
 * in the set, told without the set's lookup. For the lexicons asked about every word of a sentence, most of which they do
 * not hold: the bit is one read of a small array, where a hash map's miss reads its table and a node; a word's hash is
 * kept in the string, so it is computed once for all lexicons. A set bit says nothing: the set is asked then.
 */
final class WordBits {

    private final long[] bits;
    private final int mask;

    private WordBits(Collection<String> words) {
        int n = Integer.highestOneBit(Math.max(64, words.size() * 16) * 2 - 1);    // a power of two, at least 16 a word
        bits = new long[n >>> 6];
        mask = n - 1;
        for (String w : words) {
            int b = bit(w);
            bits[b >>> 6] |= 1L << b;
        }
    }

    static WordBits of(Collection<String> words) {
        return new WordBits(words);
    }

    /** False only if {@code word} is none of the words (null is none). */
    boolean mayHold(String word) {
        if (word == null) return false;
        int b = bit(word);
        return (bits[b >>> 6] & (1L << b)) != 0;
    }

    private int bit(String word) {
        int h = word.hashCode();
        return (h ^ (h >>> 16)) & mask;
    }
}
