package org.grille.engine.report;

import java.util.ArrayList;
import java.util.List;
import org.grille.engine.report.Chart.Mark;

/** Lays out the report's charts: horizontal bars, stacked columns, a histogram. Pure geometry, no markup. */
final class Charts {

    private static final int WIDTH = 720;
    private static final int LABEL_WIDTH = 190;
    private static final int VALUE_WIDTH = 215;
    private static final int ROW = 26;
    private static final int TOP = 26;

    private Charts() {
    }

    /**
     * One bar per row.
     *
     * @param track the full length behind the bar (an envelope behind the money granted), or null
     */
    record Row(String label, double value, Double track, String style, String valueText) {
    }

    /** A vertical guide line across the bars, labelled at the top. */
    record Guide(double at, String label) {
    }

    /** A shaded band between two values, labelled at the top. */
    record Band(double from, double to, String label) {
    }

    static Chart bars(String id, String title, String description, List<Row> rows, double scaleMax, List<Guide> guides,
                      Band band) {
        double area = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        double max = scaleMax <= 0 ? 1 : scaleMax;
        int height = TOP + rows.size() * ROW + 8;
        List<Mark> marks = new ArrayList<>();
        if (band != null) {
            double from = LABEL_WIDTH + area * band.from() / max;
            double to = LABEL_WIDTH + area * band.to() / max;
            marks.add(Mark.rect(from, TOP - 4, to - from, height - TOP, "band", band.label()));
            marks.add(Mark.text(from, TOP - 10, "guide-label", band.label()));
        }
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            double y = TOP + i * ROW;
            marks.add(Mark.text(LABEL_WIDTH - 8, y + 16, "label end", row.label()));
            if (row.track() != null) {
                marks.add(Mark.rect(LABEL_WIDTH, y + 3, area * row.track() / max, ROW - 8, "track",
                        row.label() + " : " + row.valueText()));
            }
            marks.add(Mark.rect(LABEL_WIDTH, y + 3, area * row.value() / max, ROW - 8, row.style(),
                    row.label() + " : " + row.valueText()));
            double end = row.track() == null ? row.value() : Math.max(row.value(), row.track());
            marks.add(Mark.text(LABEL_WIDTH + area * end / max + 6, y + 16, "value", row.valueText()));
        }
        for (Guide guide : guides) {
            double x = LABEL_WIDTH + area * guide.at() / max;
            marks.add(Mark.line(x, TOP - 4, x, height - 4, "guide"));
            marks.add(Mark.text(x, TOP - 10, "guide-label middle", guide.label()));
        }
        return new Chart(id, title, description, WIDTH, height, marks);
    }

    /** One segment of a stacked column. */
    record Segment(double value, String style, String tooltip) {
    }

    /** A column: its label, its segments from the bottom up, the limit drawn around it, and the text above it. */
    record Column(String label, List<Segment> segments, double limit, String valueText) {
    }

    /** A legend entry. */
    record Key(String style, String label) {
    }

    static Chart columns(String id, String title, String description, List<Column> columns, List<Key> legend) {
        int plotTop = 30;
        int plotHeight = 220;
        int left = 60;
        double max = columns.stream().mapToDouble(c -> Math.max(c.limit(),
                c.segments().stream().mapToDouble(Segment::value).sum())).max().orElse(1);
        max = max <= 0 ? 1 : max;
        double slot = (double) (WIDTH - left - 20) / Math.max(1, columns.size());
        double barWidth = Math.min(120, slot * 0.6);
        List<Mark> marks = new ArrayList<>();
        double base = plotTop + plotHeight;
        marks.add(Mark.line(left, base, WIDTH - 20, base, "axis"));
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            double x = left + slot * i + (slot - barWidth) / 2;
            double y = base;
            for (Segment segment : column.segments()) {
                double h = plotHeight * segment.value() / max;
                y -= h;
                marks.add(Mark.rect(x, y, barWidth, h, segment.style(), segment.tooltip()));
            }
            double limitTop = base - plotHeight * column.limit() / max;
            marks.add(Mark.rect(x - 4, limitTop, barWidth + 8, base - limitTop, "limit", null));
            marks.add(Mark.text(x + barWidth / 2, limitTop - 8, "value middle", column.valueText()));
            marks.add(Mark.text(x + barWidth / 2, base + 18, "label middle", column.label()));
        }
        double y = base + 44;
        double x = left;
        for (Key key : legend) {
            marks.add(Mark.rect(x, y - 11, 12, 12, key.style(), null));
            marks.add(Mark.text(x + 16, y, "legend", key.label()));
            x += 24 + key.label().length() * 6.5;
            if (x > WIDTH - 120) {
                x = left;
                y += 18;
            }
        }
        return new Chart(id, title, description, WIDTH, (int) y + 12, marks);
    }

    /**
     * A histogram of counts per bin, two series stacked, with a threshold line.
     *
     * @param lower      each bin's lower bound
     * @param first      the bottom series per bin
     * @param second     the top series per bin
     * @param threshold  where the line goes, on the bins' scale
     * @param upper      the scale's upper bound
     */
    static Chart histogram(String id, String title, String description, int[] lower, int[] first, int[] second,
                           String firstStyle, String secondStyle, double threshold, double upper, String thresholdLabel,
                           String firstLabel, String secondLabel) {
        int left = 50;
        int right = WIDTH - 20;
        int plotTop = 34;
        int plotHeight = 200;
        double base = plotTop + plotHeight;
        int max = 1;
        for (int i = 0; i < lower.length; i++) {
            max = Math.max(max, first[i] + second[i]);
        }
        double scale = (right - left) / upper;
        List<Mark> marks = new ArrayList<>();
        marks.add(Mark.line(left, base, right, base, "axis"));
        marks.add(Mark.line(left, plotTop, left, base, "axis"));
        marks.add(Mark.text(left - 6, plotTop + 4, "label end", String.valueOf(max)));
        marks.add(Mark.text(left - 6, base, "label end", "0"));
        for (int i = 0; i < lower.length; i++) {
            double x = left + lower[i] * scale + 1;
            double w = (i + 1 < lower.length ? lower[i + 1] - lower[i] : upper - lower[i]) * scale - 2;
            double h1 = plotHeight * first[i] / (double) max;
            double h2 = plotHeight * second[i] / (double) max;
            String range = lower[i] + "–" + (i + 1 < lower.length ? lower[i + 1] - 1 : (int) upper);
            marks.add(Mark.rect(x, base - h1, w, h1, firstStyle, range + " : " + first[i] + " " + firstLabel));
            marks.add(Mark.rect(x, base - h1 - h2, w, h2, secondStyle, range + " : " + second[i] + " " + secondLabel));
        }
        for (int tick = 0; tick <= upper; tick += 10) {
            marks.add(Mark.text(left + tick * scale, base + 16, "label middle", String.valueOf(tick)));
        }
        double x = left + threshold * scale;
        marks.add(Mark.line(x, plotTop - 10, x, base, "threshold"));
        marks.add(Mark.text(x + 4, plotTop - 14, "guide-label", thresholdLabel));
        double legendY = base + 40;
        marks.add(Mark.rect(left, legendY - 11, 12, 12, firstStyle, null));
        marks.add(Mark.text(left + 16, legendY, "legend", firstLabel));
        marks.add(Mark.rect(left + 200, legendY - 11, 12, 12, secondStyle, null));
        marks.add(Mark.text(left + 216, legendY, "legend", secondLabel));
        return new Chart(id, title, description, WIDTH, (int) legendY + 12, marks);
    }
}
