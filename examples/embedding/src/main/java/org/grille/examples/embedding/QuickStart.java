package org.grille.examples.embedding;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.grille.api.Assessment;
import org.grille.api.BatchResult;
import org.grille.api.JsonCodec;
import org.grille.api.Scorer;

/**
 * The README's quick start as a program: what an application embedding Grille writes. It depends on
 * {@code rules-api} at compile time and on {@code rules-catalog} at run time, nothing else.
 */
public final class QuickStart {

    private QuickStart() {
    }

    public static void main(String[] args) throws IOException {
        run(Path.of(args.length > 0 ? args[0] : "examples/data/applications.json"), System.out);
    }

    static void run(Path file, PrintStream out) throws IOException {
        // quick-start:begin
        Scorer scorer = Scorer.builder().build();        // the bundled Montréal inclusive catalog, reasons in French
        JsonCodec json = scorer.json();                  // reads and writes JSON, messages in the scorer's language

        try (InputStream in = Files.newInputStream(file)) {
            BatchResult result = scorer.assessAll(json.readBatch(in));
            for (Assessment a : result.assessments()) {
                String verdict = !a.eligible() ? "inadmissible " + a.failedGates().get(0).gate()
                        : a.fundable() ? "finançable" : "sous le seuil";
                out.printf("%-12s %3d/100  %s%n", a.applicationId(), a.total(), verdict);
            }
            result.rejections().forEach(r -> out.println("rejetée #" + r.index() + " : " + r.message()));
        }
        // quick-start:end
    }
}
