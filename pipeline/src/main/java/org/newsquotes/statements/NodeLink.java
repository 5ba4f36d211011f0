package org.newsquotes.statements;

/**
 * A verified pair of {@link LinkedNode}s {@code lo} < {@code hi}: linked by {@code rule}, or (rule null) not linked
 * but one found whole inside the other; {@code contained} is the node found whole inside the other, or -1.
 */
record NodeLink(int lo, int hi, String rule, int contained) {
    /** A link by {@code rule} between nodes {@code a} and {@code b}, in either order. */
    static NodeLink of(int a, int b, String rule) {
        return new NodeLink(Math.min(a, b), Math.max(a, b), rule, -1);
    }

    /** The pair as one number: {@code lo} in the high half, so keys sort by {@code lo} then {@code hi}. */
    long key() {
        return ((long) lo << 32) | hi;
    }
}
