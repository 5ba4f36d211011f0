package org.newsquotes.statements;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.newsquotes.config.ModelFiles;

/**
 * Statement ids: {@code st_} and 16 hex digits of a SHA-256 over the statement's earliest report (by date, then
 * doc_id, then position): its document and its normalised words.
 *
 * <p>So an id depends on nothing but that one report: it stays while the report stays, whatever later reports join
 * or leave the statement, and whatever else the corpus holds or in what order it is read. It changes only when an
 * earlier report joins (a corpus that grows with later news keeps its ids).
 */
public final class StatementIds {
    private StatementIds() {}

    public static String of(String docId, List<List<String>> segments) {
        StringBuilder material = new StringBuilder(docId).append('\n');
        for (List<String> s : segments) material.append(String.join(" ", s)).append('\n');
        return "st_" + ModelFiles.sha256(material.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }
}
