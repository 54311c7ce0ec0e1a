package io.claimwatch.extract.domain;

import java.util.function.Function;

/**
 * What one article yields, read once for the article this thread is extracting: a one-entry cache per thread, keyed by
 * the article text's identity (the claims of one article are asked with one text object), so that a rule a claim asks
 * reads the whole article once, not once per claim. One entry per thread: no cache grows with its input.
 */
final class PerArticle<T> {

    private final Function<String, T> read;
    private final ThreadLocal<Entry<T>> last = new ThreadLocal<>();

    private record Entry<T>(String text, T value) {}

    /** {@code read}: what an article yields, read over the whole text. */
    PerArticle(Function<String, T> read) {
        this.read = read;
    }

    /** What {@code text} yields, read once while this thread asks of the same text. */
    T of(String text) {
        Entry<T> e = last.get();
        if (e != null && e.text == text) return e.value;
        T value = read.apply(text);
        last.set(new Entry<>(text, value));
        return value;
    }
}
