package org.newsquotes.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsquotes.entities.EntityResolver;
import org.newsquotes.entities.Resolution;
import org.newsquotes.entities.SyntheticNames;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Attribution;
import org.newsquotes.record.Document;
import org.newsquotes.record.Entity;
import org.newsquotes.record.Layer;
import org.newsquotes.record.LocalEntity;
import org.newsquotes.record.Mention;
import org.newsquotes.record.Quote;
import org.newsquotes.record.QuoteKind;
import org.newsquotes.record.SourceFormat;
import org.newsquotes.runner.DocumentOutcome;
import org.newsquotes.stage.DocumentFailure;
import scala.Tuple2;

/**
 * The distributed resolver against the local one on documents built without CoreNLP: same entities (ids, names,
 * variants, documents, evidence) and the same documents after the ids are filled in. Spark local mode, no models.
 */
class SparkEntityResolutionTest {
    private static final SparkJobConfig CONFIG = SparkJobConfig.defaults("unused", "unused");
    private static JavaSparkContext sc;

    @BeforeAll
    static void start() {
        sc = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("resolution-test")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1"));
        sc.setLogLevel("ERROR");
    }

    @AfterAll
    static void stop() {
        sc.close();
    }

    @Test
    void hardCasesResolveAsLocally() {
        List<DocumentOutcome> outcomes = List.of(
                ok(doc("a.txt", "PERSON:Donald Trump", "PERSON:Melania Trump", "ORGANIZATION:Islamic Revolutionary Guard Corps")),
                ok(doc("b.txt", "PERSON:Trump", "ORGANIZATION:IRGC", "CITY:Tehran")),
                DocumentOutcome.failed("bad.txt", "bad.txt", null, new DocumentFailure("bad.txt", "ingest", "empty file")),
                ok(doc("c.txt", "CITY:Teheran", "PERSON:Donald Trump Jr.", "PERSON:Esmaeil Baghaei")),
                ok(doc("d.txt", "PERSON:Baghaei", "COUNTRY:Georgia", "STATE_OR_PROVINCE:Georgia")),
                ok(doc("e.txt")));
        assertSameAsLocal(outcomes, 3);
    }

    @Test
    void syntheticCorpusResolvesAsLocally() {
        List<String> people = SyntheticNames.generate(400, 7);
        List<String> others = List.of("ORGANIZATION:United Nations", "ORGANIZATION:UN", "ORGANIZATION:U.N.",
                "COUNTRY:Iran", "COUNTRY:Islamic Republic of Iran", "CITY:Kyiv", "CITY:Kiev",
                "ORGANIZATION:Tasnim News Agency", "ORGANIZATION:Tasnim", "LOCATION:Gaza", "CITY:Gaza City");
        Random r = new Random(11);
        List<DocumentOutcome> outcomes = new ArrayList<>();
        for (int d = 0; d < 150; d++) {
            List<String> names = new ArrayList<>();
            int n = 3 + r.nextInt(8);
            for (int k = 0; k < n; k++) {
                names.add(r.nextInt(4) == 0 ? others.get(r.nextInt(others.size()))
                        : "PERSON:" + people.get(r.nextInt(people.size())));
            }
            outcomes.add(ok(doc(String.format("doc%03d.txt", d), names.stream().distinct().toArray(String[]::new))));
        }
        assertSameAsLocal(outcomes, 7);
    }

    private static void assertSameAsLocal(List<DocumentOutcome> outcomes, int partitions) {
        EntityResolver resolver = ExecutorStages.resolver(CONFIG);
        List<AnnotatedDocument> ok = outcomes.stream().filter(DocumentOutcome::isOk).map(DocumentOutcome::annotated).toList();
        Resolution local = resolver.resolveDocuments(ok);
        List<DocumentOutcome> localApplied = outcomes.stream()
                .map(o -> o.isOk() ? DocumentOutcome.ok(local.apply(o.annotated())) : o).toList();

        FileRangePartitioner partitioner = new FileRangePartitioner(partitions, outcomes.size());
        List<Tuple2<DocKey, DocumentOutcome>> keyed = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) keyed.add(new Tuple2<>(new DocKey(i, 0), outcomes.get(i)));
        JavaPairRDD<DocKey, DocumentOutcome> rdd = sc.parallelizePairs(keyed, partitions)
                .repartitionAndSortWithinPartitions(partitioner);
        SparkEntityResolution.Result spark = new SparkEntityResolution(CONFIG).resolve(rdd, partitioner);
        List<DocumentOutcome> sparkApplied = spark.apply(rdd).values().collect();

        List<Entity> sparkEntities = new ArrayList<>(spark.entities().collect());
        sparkEntities.sort(Comparator.comparing(Entity::entityId));
        assertThat(local.entities()).hasSizeGreaterThan(3).anyMatch(e -> e.variants().size() > 1);
        assertThat(sparkEntities).containsExactlyElementsOf(local.entities());
        assertThat(sparkApplied).containsExactlyElementsOf(localApplied);
        assertThat(sparkApplied.stream().filter(DocumentOutcome::isOk).flatMap(o -> o.annotated().mentions().stream()))
                .allSatisfy(m -> assertThat(m.entityId()).isNotNull());
        spark.release();
    }

    private static DocumentOutcome ok(AnnotatedDocument d) {
        return DocumentOutcome.ok(d);
    }

    /**
     * A document naming each "TYPE:Name" once, each its own local entity with one mention, and a quote attributed
     * to the first entity.
     */
    private static AnnotatedDocument doc(String id, String... typedNames) {
        StringBuilder text = new StringBuilder();
        List<Mention> mentions = new ArrayList<>();
        List<LocalEntity> entities = new ArrayList<>();
        for (String tn : typedNames) {
            String type = tn.substring(0, tn.indexOf(':'));
            String name = tn.substring(tn.indexOf(':') + 1);
            int start = text.length();
            text.append(name).append(" spoke. ");
            String mid = "m" + (mentions.size() + 1);
            mentions.add(new Mention(mid, mentions.size(), start, start + name.length(), name, type, 0, 0, null));
            entities.add(new LocalEntity("e" + (entities.size() + 1), name, type, List.of(mid), List.of(name), List.of(),
                    List.of(), null));
        }
        int qs = text.length() + 1;
        text.append("\"We are ready.\"");
        List<Quote> quotes = entities.isEmpty() ? List.of() : List.of(new Quote("q1", QuoteKind.DIRECT, qs, qs + 13,
                "We are ready.", new Attribution(entities.get(0).name(), "e1", null, null, null, "said", "verb-after", 0.9),
                null));
        Document d = new Document(id, id, SourceFormat.TXT, null, null, null, text.toString(), List.of(), List.of(), List.of());
        return new AnnotatedDocument(d, List.of(), List.of(), mentions, entities, quotes,
                Set.of(Layer.TEXT, Layer.MENTIONS, Layer.LOCAL_ENTITIES, Layer.QUOTES));
    }
}
