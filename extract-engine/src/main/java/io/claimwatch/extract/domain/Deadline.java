package io.claimwatch.extract.domain;

import java.time.Duration;

/**
 * The time one article's extraction may take. The engine checks it between its stages, its sentences
 * and the figures of a sentence, and throws {@link BudgetExceeded} once it has passed, so that no input
 * holds a thread for longer than the budget and a bit (one figure's work).
 */
public final class Deadline {

    /** No limit. */
    public static final Deadline NONE = new Deadline(null, 0);

    private final Duration budget;
    private final long at;

    private Deadline(Duration budget, long at) {
        this.budget = budget;
        this.at = at;
    }

    /** A deadline {@code budget} from now (positive). */
    public static Deadline after(Duration budget) {
        if (budget.isNegative() || budget.isZero()) throw new IllegalArgumentException("the budget must be positive: " + budget);
        return new Deadline(budget, System.nanoTime() + budget.toNanos());
    }

    /** The budget this deadline was made from; null for {@link #NONE}. */
    public Duration budget() {
        return budget;
    }

    /** Throws {@link BudgetExceeded} when the deadline has passed; {@code where} says how far the work got. */
    void check(String where) {
        if (budget != null && System.nanoTime() - at > 0) throw new BudgetExceeded(budget, where);
    }

    /** As {@link #check(String)}, in sentence {@code index} (from 0) of {@code count}. */
    void check(int index, int count) {
        if (budget != null && System.nanoTime() - at > 0) {
            throw new BudgetExceeded(budget, "at sentence " + (index + 1) + " of " + count);
        }
    }

    /** An article's extraction ran out of its time budget: its claims are not returned. */
    public static final class BudgetExceeded extends RuntimeException {
        private final Duration budget;

        BudgetExceeded(Duration budget, String where) {
            super("extraction took longer than its budget of " + budget.toMillis() + " ms (" + where + ")", null, false, false);
            this.budget = budget;
        }

        public Duration budget() {
            return budget;
        }
    }
}
