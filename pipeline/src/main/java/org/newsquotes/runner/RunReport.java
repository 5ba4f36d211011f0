package org.newsquotes.runner;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.newsquotes.nlp.NlpStage;
import org.newsquotes.output.AtomicFiles;
import org.newsquotes.stage.DocumentStage;

/**
 * {@code OUT/run.json}: the machine-readable record of one run, written atomically at its end.
 *
 * <pre>
 * versions        newsquotes, code fingerprint, CoreNLP, Java
 * configuration   corpus, threads, limits, cache mode, heap, stage fingerprints, CoreNLP properties
 * timings_seconds total and per stage (see {@link RunSummary#stageSeconds()})
 * cpu_seconds     process CPU time per phase (see {@link RunSummary#cpuSeconds()})
 * counts          files, documents, failed, cached, annotated, timed_out, tokens, mentions, quotes, entities,
 *                 statements, duplicate_documents
 * entity_merges_by_rule
 * statement_links_by_rule   quote pairs linked per rule (org.newsquotes.statements.LinkRules; same-words)
 * started, finished (ISO-8601 UTC)
 * </pre>
 * The only file of the output directory that differs between two runs on the same input (timings, timestamps).
 */
final class RunReport {
    static final String FILE = "run.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RunReport() {}

    static void write(Path outDir, RunConfig config, Stages stages, String runFingerprint, RunSummary summary,
                      Instant started, Instant finished) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> versions = new LinkedHashMap<>();
        versions.put("newsquotes", CodeVersion.version());
        versions.put("code_fingerprint", CodeVersion.fingerprint());
        versions.put("corenlp", NlpStage.CORENLP_VERSION);
        versions.put("java", System.getProperty("java.version"));
        versions.put("java_vm", System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"));
        root.put("versions", versions);

        Map<String, Object> conf = new LinkedHashMap<>();
        conf.put("corpus", config.corpus().toAbsolutePath().normalize().toString());
        conf.put("out", config.out().toAbsolutePath().normalize().toString());
        conf.put("threads", config.threads());
        conf.put("models_dir", config.modelsDir() == null ? null : config.modelsDir().toAbsolutePath().normalize().toString());
        conf.put("attribution", config.attribution().name().toLowerCase(java.util.Locale.ROOT));
        conf.put("indirect_scope", config.indirectScope().label());
        conf.put("cache", config.cache().name().toLowerCase(java.util.Locale.ROOT));
        conf.put("max_file_bytes", config.maxFileBytes());
        conf.put("max_document_chars", config.maxDocumentChars());
        conf.put("document_time_limit_seconds", config.documentTimeLimit().toMillis() / 1000.0);
        conf.put("heap_max_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        conf.put("available_processors", Runtime.getRuntime().availableProcessors());
        conf.put("run_fingerprint", runFingerprint);
        conf.put("ingest_fingerprint", stages.phase1().reader().config().fingerprint());
        conf.put("models_fingerprint", stages.models().fingerprint());
        Map<String, String> stageFingerprints = new LinkedHashMap<>();
        for (DocumentStage s : stages.phase1().pipeline().stages()) {
            stageFingerprints.put(s.name(), s.fingerprint());
            if (s instanceof NlpStage nlp) conf.put("corenlp_properties", sorted(nlp.properties()));
        }
        conf.put("stages", stageFingerprints);
        root.put("configuration", conf);

        Map<String, Object> timings = new LinkedHashMap<>();
        timings.put("total", round(summary.seconds()));
        summary.stageSeconds().forEach((k, v) -> timings.put(k, round(v)));
        root.put("timings_seconds", timings);
        Map<String, Object> cpu = new LinkedHashMap<>();
        summary.cpuSeconds().forEach((k, v) -> cpu.put(k, round(v)));
        root.put("cpu_seconds", cpu);

        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("files", summary.files());
        counts.put("documents", summary.documents());
        counts.put("failed", summary.failedDocuments());
        counts.put("skipped", summary.skippedDocuments());
        counts.put("cached", summary.cachedDocuments());
        counts.put("annotated", summary.documents() - summary.cachedDocuments());
        counts.put("timed_out", summary.timedOut());
        counts.put("tokens", summary.tokens());
        counts.put("mentions", summary.mentions());
        counts.put("quotes", summary.quotes());
        counts.put("entities", summary.entities());
        counts.put("statements", summary.statements());
        counts.put("duplicate_documents", summary.duplicates());
        counts.put("archive_records_skipped", summary.skippedRecords());
        root.put("counts", counts);
        root.put("entity_merges_by_rule", new TreeMap<>(summary.mergesByRule()));
        // the annotators' entity decisions phase 2 applied (review/entity-decisions.jsonl), by kind
        Map<String, Object> entityDecisions = new LinkedHashMap<>();
        entityDecisions.put("file", org.newsquotes.review.EntityJournal.RELATIVE_PATH);
        entityDecisions.put("in_force", stages.entityCorrections().decisions().size());
        entityDecisions.putAll(stages.entityCorrections().counts());
        root.put("entity_decisions", entityDecisions);
        root.put("statement_links_by_rule", new TreeMap<>(summary.linksByRule()));
        root.put("started", started.toString());
        root.put("finished", finished.toString());
        byte[] bytes = JSON.writeValueAsBytes(root);
        AtomicFiles.write(outDir.resolve(FILE), out -> {
            out.write(bytes);
            out.write('\n');
        });
    }

    private static Map<String, String> sorted(Properties p) {
        Map<String, String> m = new TreeMap<>();
        for (String k : p.stringPropertyNames()) m.put(k, p.getProperty(k));
        return m;
    }

    private static double round(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }
}
