package org.grille.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.grille.api.Criterion;
import org.grille.api.Rubric;
import org.grille.api.Explanation;
import org.grille.api.GateFailure;
import org.grille.api.OpenPoints;
import org.grille.api.OpenRule;

/**
 * The part of {@code grille explain} an applicant acts on: per criterion the points obtained, the points still open
 * and every rule that would give them; the gap to the threshold and the fewest criteria to improve; or, for an
 * ineligible application, each failed gate in plain words. Lines wrap on words at {@link #WIDTH} columns.
 */
final class OpenPointsText {

    /** Columns a line fits in: a plain terminal's width. */
    static final int WIDTH = 80;

    private final Text text;
    private final Rubric rubric;
    private final PrintWriter out;

    private OpenPointsText(Text text, Rubric rubric, PrintWriter out) {
        this.text = text;
        this.rubric = rubric;
        this.out = out;
    }

    /** Prints the open points; {@code rubric} names the criteria, as the catalog that made the assessment does. */
    static void print(Explanation explanation, Rubric rubric, Text text, PrintWriter out) {
        new OpenPointsText(text, rubric, out).print(explanation);
    }

    private void print(Explanation explanation) {
        line("", text.get("explain.open"));
        // Rule names are French sentences of the policy and an English title may be missing: a reader in another
        // language also gets the reason.
        boolean withReason = !"fr".equals(text.locale().getLanguage());
        for (OpenPoints criterion : explanation.criteria()) {
            line("  ", "    ", criterion.open() == 0
                    ? text.get("explain.open.full", rubric.label(criterion.criterion(), text.locale()), criterion.obtained(), criterion.maximum())
                    : text.get("explain.open.criterion", rubric.label(criterion.criterion(), text.locale()), criterion.obtained(),
                            criterion.maximum(), criterion.open()));
            if (criterion.open() == 0) {
                continue;
            }
            for (OpenRule rule : criterion.rules()) {
                String adds = rule.adds() == rule.points() ? text.get("explain.open.adds", rule.adds())
                        : rule.adds() == 0 ? text.get("explain.open.together", rule.points())
                        : text.get("explain.open.capped", rule.adds(), rule.points());
                line("    ", "      ", adds + " " + rule.title() + " (" + rule.file() + ":" + rule.line() + ")");
                if (withReason) {
                    line("      · ", "        ", rule.reason());
                }
            }
        }
        out.println();
        if (!explanation.eligible()) {
            line("", text.get("explain.open.gates"));
            for (GateFailure gate : explanation.failedGates()) {
                line("  - ", "    ", gate.reason());
            }
            line("", text.get("explain.open.notPoints"));
        } else if (explanation.gap() > 0) {
            List<Criterion> fewest = explanation.fewestChanges();
            if (fewest.isEmpty()) {
                line("", text.get("explain.open.outOfReach", explanation.gap(), explanation.threshold(), explanation.open()));
            } else {
                List<String> named = new ArrayList<>();
                for (OpenPoints criterion : explanation.criteria()) {
                    if (fewest.contains(criterion.criterion())) {
                        named.add(text.get("explain.open.named", rubric.label(criterion.criterion(), text.locale()), criterion.open()));
                    }
                }
                line("", text.get("explain.open.gap", explanation.gap(), explanation.threshold(), fewest.size(),
                        named.stream().collect(Collectors.joining(", "))));
                line("", text.get("explain.open.method"));
            }
        } else {
            line("", text.get("explain.open.fundable", explanation.threshold()));
        }
    }

    /** Prints {@code words} after {@code lead}, continuation lines indented under the first word. */
    private void line(String lead, String words) {
        line(lead, " ".repeat(lead.length()), words);
    }

    /** Prints {@code words} after {@code lead}, continuation lines after {@code indent}. */
    private void line(String lead, String indent, String words) {
        wrap(TerminalText.visible(words), lead, indent, WIDTH).forEach(out::println);
    }

    /** Breaks {@code words} at spaces so each line fits in {@code width} columns, but for a word longer than the line. */
    static List<String> wrap(String words, String lead, String indent, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder(lead);
        boolean empty = true;
        for (String word : words.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            int length = current.codePointCount(0, current.length());
            if (!empty && length + 1 + word.codePointCount(0, word.length()) > width) {
                lines.add(current.toString());
                current = new StringBuilder(indent);
                empty = true;
            }
            if (!empty) {
                current.append(' ');
            }
            current.append(word);
            empty = false;
        }
        if (!empty || lines.isEmpty()) {
            lines.add(current.toString().stripTrailing());
        }
        return lines;
    }
}
