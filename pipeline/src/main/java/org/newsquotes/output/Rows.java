package org.newsquotes.output;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;

/** Orders of rows shared by the tables' writers (the local runner's and Spark's). */
final class Rows {
    private Rows() {}

    /** {@code items} sorted by start, then end offset (a new list). */
    static <T> List<T> byOffset(List<T> items, ToIntFunction<T> start, ToIntFunction<T> end) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingInt(start).thenComparingInt(end));
        return sorted;
    }
}
