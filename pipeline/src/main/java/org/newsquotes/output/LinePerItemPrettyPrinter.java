package org.newsquotes.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Pretty-prints the per-document JSON so that it is readable and diffable without tripling its size: the top-level
 * object, arrays, and objects up to the second level are laid out one entry per line; every object nested deeper
 * (a token, a mention, a quote, a removal) is written on one line.
 *
 * <pre>
 * {
 *   "schema_version": 1,
 *   "tokens": [
 *     {"index": 0, "sentence": 0, "start": 0, "end": 4, "word": "Hugh", ...},
 *     ...
 * </pre>
 *
 * Stateful: a fresh instance per generator.
 */
final class LinePerItemPrettyPrinter implements PrettyPrinter {
    private static final int MULTILINE_OBJECT_DEPTH = 2;

    /** For each open container: true when laid out one entry per line. */
    private final Deque<Boolean> multiline = new ArrayDeque<>();

    @Override public void writeRootValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw('\n');
    }

    private void open(JsonGenerator g, char bracket, boolean array) throws IOException {
        boolean parentMultiline = multiline.isEmpty() || multiline.peek();
        int depth = multiline.size() + 1;
        multiline.push(parentMultiline && (array || depth <= MULTILINE_OBJECT_DEPTH));
        g.writeRaw(bracket);
    }

    private void close(JsonGenerator g, char bracket, int entries) throws IOException {
        boolean wasMultiline = multiline.pop();
        if (wasMultiline && entries > 0) newline(g, multiline.size());
        g.writeRaw(bracket);
    }

    private void beforeFirst(JsonGenerator g) throws IOException {
        if (multiline.peek()) newline(g, multiline.size());
    }

    private void separator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        if (multiline.peek()) {
            newline(g, multiline.size());
        } else {
            g.writeRaw(' ');
        }
    }

    private static void newline(JsonGenerator g, int level) throws IOException {
        g.writeRaw('\n');
        for (int i = 0; i < level; i++) g.writeRaw("  ");
    }

    @Override public void writeStartObject(JsonGenerator g) throws IOException { open(g, '{', false); }

    @Override public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
        close(g, '}', nrOfEntries);
    }

    @Override public void writeObjectEntrySeparator(JsonGenerator g) throws IOException { separator(g); }

    @Override public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException { g.writeRaw(": "); }

    @Override public void writeStartArray(JsonGenerator g) throws IOException { open(g, '[', true); }

    @Override public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
        close(g, ']', nrOfValues);
    }

    @Override public void writeArrayValueSeparator(JsonGenerator g) throws IOException { separator(g); }

    @Override public void beforeArrayValues(JsonGenerator g) throws IOException { beforeFirst(g); }

    @Override public void beforeObjectEntries(JsonGenerator g) throws IOException { beforeFirst(g); }
}
