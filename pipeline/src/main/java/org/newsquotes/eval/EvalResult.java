package org.newsquotes.eval;

import java.util.List;
import java.util.Locale;

/**
 * The figures of one evaluation: detection per kind group and speaker accuracy, plus the readable list of
 * misses, false alarms and wrong speakers.
 */
public record EvalResult(List<DetectionRow> detection, List<SpeakerRow> speakers, List<String> report) {
    public EvalResult {
        detection = List.copyOf(detection);
        speakers = List.copyOf(speakers);
        report = List.copyOf(report);
    }

    /** Detection of one kind group. {@code foundGold} gold quotes were overlapped; {@code correctOurs} of ours overlapped gold. */
    public record DetectionRow(String kinds, int gold, int foundGold, int ours, int correctOurs) {
        public double recall() { return gold == 0 ? Double.NaN : (double) foundGold / gold; }

        public double precision() { return ours == 0 ? Double.NaN : (double) correctOurs / ours; }

        public double f1() {
            double p = precision();
            double r = recall();
            return Double.isNaN(p) || Double.isNaN(r) || p + r == 0 ? Double.NaN : 2 * p * r / (p + r);
        }
    }

    /** Speaker accuracy over matched gold quotes that have a gold speaker. */
    public record SpeakerRow(String kinds, int matchedWithSpeaker, int correct) {
        public double accuracy() { return matchedWithSpeaker == 0 ? Double.NaN : (double) correct / matchedWithSpeaker; }
    }

    public DetectionRow row(String kinds) {
        return detection.stream().filter(r -> r.kinds().equals(kinds)).findFirst().orElseThrow();
    }

    public SpeakerRow speakerRow(String kinds) {
        return speakers.stream().filter(r -> r.kinds().equals(kinds)).findFirst().orElseThrow();
    }

    /** The table printed by {@code eval}. */
    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-16s %6s %6s %6s %6s %7s %7s %7s%n", "quotes", "gold", "found", "ours", "right", "P", "R", "F1"));
        for (DetectionRow r : detection) {
            sb.append(String.format(Locale.ROOT, "%-16s %6d %6d %6d %6d %7s %7s %7s%n", r.kinds(), r.gold(), r.foundGold(), r.ours(),
                    r.correctOurs(), fmt(r.precision()), fmt(r.recall()), fmt(r.f1())));
        }
        sb.append(String.format(Locale.ROOT, "%-16s %13s %6s %7s%n", "speakers", "matched", "right", "acc"));
        for (SpeakerRow r : speakers) {
            sb.append(String.format(Locale.ROOT, "%-16s %13d %6d %7s%n", r.kinds(), r.matchedWithSpeaker(), r.correct(), fmt(r.accuracy())));
        }
        return sb.toString();
    }

    static String fmt(double d) { return Double.isNaN(d) ? "-" : String.format(Locale.ROOT, "%.3f", d); }
}
