package org.grille.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.grille.api.JsonCodec;
import org.grille.api.application.Application;

/**
 * Writes {@code n} generated applications ({@link Samples}, its fixed seed) as one batch file,
 * {@code {"applications":[…]}}, one compact application per line, for {@code grille score --stream} and
 * {@code grille score} (issue 26, target 5):
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.grille.benchmarks.StreamFile 200000 /tmp/apps-200000.json
 * java -cp benchmarks/target/benchmarks.jar org.grille.benchmarks.StreamFile 1000 /tmp/apps-1000.json
 * </pre>
 *
 * The first {@code m} applications of a file of {@code n} are the applications of a file of {@code m}. Applications are
 * generated a block at a time, so the generator's heap does not grow with {@code n}.
 */
public final class StreamFile {

    private static final int BLOCK = 10_000;

    private StreamFile() {
    }

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]);
        JsonCodec codec = JsonCodec.standard();
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            out.write("{\"applications\":[\n");
            Samples samples = Samples.stream(Samples.SEED);
            for (int written = 0; written < n; ) {
                List<Application> block = samples.next(Math.min(BLOCK, n - written));
                for (Application application : block) {
                    out.write(written++ == 0 ? "" : ",\n");
                    out.write(compact(codec.writeApplication(application)));
                }
            }
            out.write("\n]}\n");
        }
        System.out.printf("%d applications, %d bytes: %s%n", n, Files.size(file), file);
    }

    /** The codec's indented JSON on one line: a string value never holds a raw line break, so none is lost. */
    private static String compact(String json) {
        StringBuilder line = new StringBuilder(json.length());
        int i = 0;
        while (i < json.length()) {
            char c = json.charAt(i);
            if (c == '\n' || c == '\r') {
                i++;
                while (i < json.length() && json.charAt(i) == ' ') {
                    i++;
                }
            } else {
                line.append(c);
                i++;
            }
        }
        return line.toString();
    }
}
