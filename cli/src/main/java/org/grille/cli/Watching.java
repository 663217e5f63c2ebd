package org.grille.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.function.IntSupplier;

/**
 * The {@code --watch} loop of {@code validate} and {@code test}: runs the check, then again after every save, each
 * run under a header with its time and number, until Ctrl-C. Ctrl-C ends it with a last line, not a stack trace.
 */
final class Watching {

    /**
     * How often the directory is looked at, and how long it must stay still before a run: three looks in a row. An
     * editor writes a rule file in well under a millisecond, so 45 ms is long for a save and short for a person, who
     * waits for the verdict (measured in benchmarks/BENCHMARKS.md, "Watch mode, warm").
     */
    static final Duration POLL = Duration.ofMillis(15);
    static final Duration SETTLE = Duration.ofMillis(45);

    private Watching() {
    }

    /** Runs {@code check} now and after each settled change; returns the last run's exit code when interrupted. */
    static int loop(Path directory, Text text, PrintWriter out, IntSupplier check) {
        Thread main = Thread.currentThread();
        Thread stopper = new Thread(() -> {
            out.println();
            out.println(text.get("watch.stopped"));
            out.flush();
        }, "grille-watch-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        try {
            DirectoryWatch watch = new DirectoryWatch(directory, POLL, SETTLE);
            int run = 1;
            int code;
            do {
                header(text, out, run++, directory);
                long started = System.nanoTime();
                code = check.getAsInt();
                out.println(text.get("watch.waiting", (System.nanoTime() - started) / 1_000_000));
                out.flush();
            } while (!main.isInterrupted() && watch.awaitChange());
            return code;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stopper);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook is already running and says goodbye
            }
        }
    }

    private static void header(Text text, PrintWriter out, int run, Path directory) {
        String time = LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss"));
        String title = text.get("watch.header", run, time, directory);
        out.println();
        out.println("── " + title + " " + "─".repeat(Math.max(3, 72 - title.length())));
    }
}
