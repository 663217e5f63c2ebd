package org.grille.cli;

import java.io.BufferedWriter;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.grille.api.AssessmentException;
import org.grille.api.BatchHandler;
import org.grille.api.InvalidApplicationException;
import org.grille.api.JsonCodec;
import org.grille.api.Rejection;
import org.grille.api.Scorer;
import org.grille.api.application.Application;

/**
 * Scores a batch of any size in bounded memory: entries are read, scored and written one at a time as JSON Lines
 * ({@code {"index":…,"assessment":{…}}} or {@code {"index":…,"rejection":{…}}}), in input order, unranked. On a
 * terminal it shows progress on standard error.
 */
final class StreamScoring implements BatchHandler {

    static final int PROGRESS_EVERY = 1_000;

    private final Scorer scorer;
    private final JsonCodec codec;
    private final Writer out;
    private final PrintWriter progress;
    private final Text text;
    private int assessed;
    private int rejected;
    /** The line being made, reused: no string per line. */
    private final CharArrayWriter line = new CharArrayWriter(1 << 13);

    private StreamScoring(Scorer scorer, JsonCodec codec, Writer out, PrintWriter progress, Text text) {
        this.scorer = scorer;
        this.codec = codec;
        this.out = out;
        this.progress = progress;
        this.text = text;
    }

    /**
     * Scores {@code input} into {@code output}; returns {assessed, rejected, the line reading stopped at or 0}. A fault
     * the parser cannot step over ends the stream, not the output: the lines already written stay, and a last line
     * {@code {"index":…,"stopped":{…}}} says where and why, so what was scored is delivered and the rest can be found.
     */
    static int[] run(Scorer scorer, JsonCodec codec, Path input, OutputStream output, PrintWriter progress, Text text)
            throws IOException {
        return run(scorer, codec, input, new OutputStreamWriter(output, StandardCharsets.UTF_8), progress, text);
    }

    /** The same into characters: the command's own output writer, which encodes them once, on its way out. */
    static int[] run(Scorer scorer, JsonCodec codec, Path input, Writer output, PrintWriter progress, Text text)
            throws IOException {
        Writer writer = new BufferedWriter(output, 1 << 16);
        StreamScoring scoring = new StreamScoring(scorer, codec, writer, progress, text);
        int stoppedAt = 0;
        try (InputStream in = Files.newInputStream(input)) {
            codec.readEach(in, scoring);
        } catch (InvalidApplicationException unreadable) {
            Rejection stop = new Rejection(scoring.assessed + scoring.rejected, null, unreadable.getMessage(),
                    unreadable.violations());
            scoring.line(stop.index(), "stopped", stop);
            stoppedAt = Math.max(1, unreadable.violations().isEmpty() ? 1 : unreadable.violations().get(0).line());
        }
        writer.flush();
        if (progress != null) {
            progress.println();
        }
        return new int[] {scoring.assessed, scoring.rejected, stoppedAt};
    }

    @Override
    public void application(int index, Application application) {
        try {
            line(index, "assessment", scorer.assess(application));
            assessed++;
        } catch (InvalidApplicationException e) {
            rejection(new Rejection(index, e.applicationId(), e.getMessage().lines().findFirst().orElse(""), e.violations()));
            return;
        } catch (AssessmentException e) {
            rejection(new Rejection(index, e.applicationId(), e.getMessage(), List.of()));
            return;
        }
        tick();
    }

    @Override
    public void rejection(Rejection rejection) {
        line(rejection.index(), "rejection", rejection);
        rejected++;
        tick();
    }

    /** One whole line, made apart and then written, so that a line is never written in part. */
    private void line(int index, String kind, Object value) {
        try {
            line.reset();
            line.write("{\"index\":");
            line.write(Integer.toString(index));
            line.write(",\"");
            line.write(kind);
            line.write("\":");
            JsonLines.write(value, line);
            line.write("}\n");
            line.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void tick() {
        int done = assessed + rejected;
        if (progress != null && done % PROGRESS_EVERY == 0) {
            progress.print("\r" + text.get("stream.progress", done, rejected));
            progress.flush();
        }
    }
}
