package org.grille.engine.report;

import java.util.List;
import java.util.Locale;

/**
 * One chart as geometry: the template draws it as inline SVG. {@code title} and {@code description} become the SVG's
 * {@code <title>} and {@code <desc>}, so a screen reader announces the chart; a table with the same figures sits beside
 * it in the page.
 *
 * @param id          unique in the page; the title's and description's ids derive from it
 * @param title       what the chart shows
 * @param description the chart's figures in one sentence, for whoever cannot see it
 * @param width       view box width
 * @param height      view box height
 * @param marks       what to draw, in drawing order
 */
public record Chart(String id, String title, String description, int width, int height, List<Mark> marks) {

    public Chart {
        marks = List.copyOf(marks);
    }

    /**
     * A rectangle, a line or a text label. Coordinates are formatted for the SVG already.
     *
     * @param kind     rect, line or text
     * @param x        left (rect, text) or start x (line)
     * @param y        top (rect), baseline (text) or start y (line)
     * @param w        width (rect) or end x (line)
     * @param h        height (rect) or end y (line)
     * @param style    CSS class: colour, fill pattern, text anchor
     * @param text     the label of a text mark
     * @param tooltip  shown on hover over a rect, or null
     */
    public record Mark(Kind kind, String x, String y, String w, String h, String style, String text, String tooltip) {

        public enum Kind { RECT, LINE, TEXT }

        public boolean rect() {
            return kind == Kind.RECT;
        }

        public boolean line() {
            return kind == Kind.LINE;
        }

        static Mark rect(double x, double y, double w, double h, String style, String tooltip) {
            return new Mark(Kind.RECT, n(x), n(y), n(Math.max(0, w)), n(Math.max(0, h)), style, null, tooltip);
        }

        static Mark line(double x1, double y1, double x2, double y2, String style) {
            return new Mark(Kind.LINE, n(x1), n(y1), n(x2), n(y2), style, null, null);
        }

        static Mark text(double x, double y, String style, String text) {
            return new Mark(Kind.TEXT, n(x), n(y), null, null, style, text, null);
        }

        private static String n(double value) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
    }
}
