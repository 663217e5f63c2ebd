package org.grille.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.ToIntFunction;
import org.grille.api.CatalogValidation;
import org.grille.api.CatalogWatch;

/**
 * The {@code --watch} loop of {@code validate} and {@code test}: the engine's watcher ({@link CatalogWatch}, the one a
 * live-reloading scorer uses) checks the directory at once and after every save, and each check is reported here under
 * a header with its time and number, until Ctrl-C. Ctrl-C ends it with a last line, not a stack trace.
 */
final class Watching {

    private Watching() {
    }

    /** A check has started, at this time. */
    private record Started(long nanos, LocalTime time) {
    }

    /** Reports each check as it comes; returns the last report's exit code when interrupted. */
    static int loop(Path directory, Language language, PrintWriter out, ToIntFunction<CatalogValidation> report) {
        Text text = language.text();
        Thread stopper = new Thread(() -> {
            out.println();
            out.println(text.get("watch.stopped"));
            out.flush();
        }, "grille-watch-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        BlockingQueue<Object> checks = new LinkedBlockingQueue<>();
        int code = Grille.EXIT_OK;
        try (CatalogWatch watch = CatalogWatch.start(directory, language.locale(), new CatalogWatch.Listener() {
            @Override
            public void checking() {
                checks.add(new Started(System.nanoTime(), LocalTime.now()));
            }

            @Override
            public void checked(CatalogValidation validation) {
                checks.add(validation);
            }
        })) {
            int run = 1;
            long started = System.nanoTime();
            while (true) {
                Object next = checks.take();
                if (next instanceof Started) {
                    Started check = (Started) next;
                    started = check.nanos();
                    header(text, out, run++, check.time(), directory);
                    out.flush();
                    continue;
                }
                code = report.applyAsInt((CatalogValidation) next);
                out.println(text.get("watch.waiting", (System.nanoTime() - started) / 1_000_000));
                out.flush();
                if (Thread.currentThread().isInterrupted()) {
                    return code;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return code;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stopper);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook is already running and says goodbye
            }
        }
    }

    private static void header(Text text, PrintWriter out, int run, LocalTime time, Path directory) {
        String title = text.get("watch.header", run, time.format(DateTimeFormatter.ofPattern("HH:mm:ss")), directory);
        out.println();
        out.println("── " + title + " " + "─".repeat(Math.max(3, 72 - title.length())));
    }
}
