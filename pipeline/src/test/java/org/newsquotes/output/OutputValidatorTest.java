package org.newsquotes.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.stage.DocumentFailure;

class OutputValidatorTest {
    @TempDir Path dir;

    @BeforeEach void writeAValidDirectory() throws IOException {
        AnnotatedDocument rich = SampleDocuments.rich();
        AnnotatedDocument marked = SampleDocuments.marked();
        OutputWriter w = new OutputWriter(dir);
        w.writeDocumentJson(rich);
        w.writeDocumentJson(marked);
        w.writeTables(List.of(DocumentRow.ok(rich), DocumentRow.ok(marked)), List.of(rich, marked),
                SampleDocuments.entities(), List.of(new DocumentFailure("bad.html", "ingest", "no body")));
        w.writeDataPackage();
    }

    private void replace(String file, String from, String to) throws IOException {
        Path p = dir.resolve(file);
        String s = Files.readString(p);
        assertThat(s).contains(from);
        Files.writeString(p, s.replace(from, to));
    }

    @Test void whatTheWriterWritesIsValid() throws IOException {
        assertThat(OutputValidator.validate(dir, true)).isEmpty();
    }

    @Test void reportsTypeEnumBoundAndRequiredViolations() throws IOException {
        replace("quotes.csv", ",colon-label,0.85,accepted", ",colon-label,1.5,approved");
        replace("mentions.csv", "a/plain.txt,m2,0,", "a/plain.txt,m2,zero,");
        replace("errors.csv", "bad.html,ingest,no body", "bad.html,,no body");
        assertThat(OutputValidator.validate(dir, false)).anyMatch(p -> p.contains("confidence 1.5 > 1"))
                .anyMatch(p -> p.contains("review_status 'approved' is not one of"))
                .anyMatch(p -> p.contains("mentions.csv row 4: sentence is not an integer"))
                .anyMatch(p -> p.contains("errors.csv row 1: stage is empty"));
    }

    @Test void reportsDuplicateKeysAndDanglingForeignKeys() throws IOException {
        replace("mentions.csv", "a/plain.txt,m2,", "a/plain.txt,m1,");
        replace("mentions.csv", "hugh_hill_person", "nobody_person");
        assertThat(OutputValidator.validate(dir, false))
                .anyMatch(p -> p.contains("duplicate primary key [a/plain.txt, m1]"))
                .anyMatch(p -> p.contains("entity_id 'nobody_person' not in entities.entity_id"));
    }

    @Test void reportsOffsetsThatDoNotPointAtTheText() throws IOException {
        replace("mentions.csv", "a/plain.txt,m3,0,19,24,Paris", "a/plain.txt,m3,0,18,23,Paris");
        assertThat(OutputValidator.validate(dir, false)).isEmpty();
        assertThat(OutputValidator.validate(dir, true))
                .anyMatch(p -> p.contains("a/plain.txt m3: text 'Paris' differs from the document text at [18,23)"));
    }

    @Test void reportsAWrongHeaderAndAMissingTable() throws IOException {
        replace("documents.csv", "doc_id,path,", "doc_id,file,");
        Files.delete(dir.resolve("entities.csv"));
        assertThat(OutputValidator.validate(dir, false)).anyMatch(p -> p.startsWith("documents.csv: header"))
                .anyMatch(p -> p.equals("entities.csv: missing"));
    }
}
