import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsquotes.output.Cells;
import org.newsquotes.output.Table;
import org.newsquotes.output.Tables;

/**
 * Compares a Spark run's Parquet tables ({@code OUT/<table>.parquet/}) with the local runner's CSV tables as row sets
 * (a multiset of rows per table; every cell compared as the CSV writes it). Prints one line per table and exits 1
 * when any table differs, listing up to five rows found on one side only.
 *
 * <p>Usage (classpath: Spark's jars and the spark assembly):
 * {@code java <add-opens flags> -cp "SPARK_HOME/jars/*:ASSEMBLY" bench/CompareTables.java LOCAL_OUT SPARK_OUT}
 */
public class CompareTables {
    public static void main(String[] args) throws IOException {
        Path local = Path.of(args[0]);
        Path spark = Path.of(args[1]);
        int differing = 0;
        try (SparkSession s = SparkSession.builder().master("local[1]").appName("compare-tables")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1").getOrCreate()) {
            s.sparkContext().setLogLevel("ERROR");
            for (Table<?> t : Tables.all()) {
                List<String> csv = csvRows(local.resolve(t.fileName()));
                List<String> parquet = new ArrayList<>();
                for (Row r : s.read().parquet(spark.resolve(t.name() + ".parquet").toString()).collectAsList()) {
                    parquet.add(rowString(r));
                }
                Map<String, Integer> diff = new HashMap<>();
                for (String row : csv) diff.merge(row, 1, Integer::sum);
                for (String row : parquet) diff.merge(row, -1, Integer::sum);
                diff.values().removeIf(n -> n == 0);
                System.out.printf("%-17s local %7d rows, spark %7d rows: %s%n", t.name(), csv.size(), parquet.size(),
                        diff.isEmpty() ? "same rows" : diff.size() + " rows differ");
                if (!diff.isEmpty()) {
                    differing++;
                    diff.entrySet().stream().limit(5).forEach(e -> System.out.println("    "
                            + (e.getValue() > 0 ? "local only: " : "spark only: ") + e.getKey().replace('\u0001', '|')));
                }
            }
        }
        System.out.println(differing == 0 ? "every table holds the same rows" : differing + " tables differ");
        System.exit(differing == 0 ? 0 : 1);
    }

    static String rowString(Row r) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < r.length(); i++) {
            if (i > 0) sb.append('\u0001');
            Object v = r.get(i);
            sb.append(v instanceof Double d ? Cells.formatNumber(d) : Cells.format(v));
        }
        return sb.toString();
    }

    static List<String> csvRows(Path csv) throws IOException {
        List<String> out = new ArrayList<>();
        try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(Files.newBufferedReader(csv, StandardCharsets.UTF_8))) {
            for (CSVRecord rec : p) out.add(String.join("\u0001", rec.toList()));
        }
        return out;
    }
}
