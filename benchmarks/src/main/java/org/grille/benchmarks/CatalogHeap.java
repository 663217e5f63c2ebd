package org.grille.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.grille.engine.messages.Messages;
import org.grille.engine.catalog.CatalogCompiler;
import org.grille.engine.catalog.ClasspathCatalogSource;

/**
 * Retained heap of the compiled bundled catalog. Method: compile one catalog first and keep it (class loading,
 * Drools' static caches and JIT-side structures land there), force full collections until used heap stops
 * moving, read used heap; compile N more catalogs and keep them all, collect again, read used heap. The
 * difference divided by N is what one compiled catalog retains (its KieBase, rule metadata, reasons, manifest).
 * The first catalog's figure, one-time costs included, is printed too. Heap only: class metadata lives in
 * metaspace and is printed separately.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.grille.benchmarks.CatalogHeap [N] [--model] [--hold]</pre>
 *
 * With {@code --model} as second argument it measures the KieBase built from the precompiled executable model
 * instead ({@code -cp benchmarks.jar:catalog-kjar.jar}, see {@link ExecutableModel}): the rules only, without
 * Grille's metadata, reasons and manifest.
 *
 * <p>With {@code --hold} it waits two minutes after printing, so that {@code jcmd PID GC.class_histogram} can be
 * taken on a process holding 1 + N catalogs (and on one run with N = 0) to cross-check the figure.
 */
public final class CatalogHeap {

    private CatalogHeap() {
    }

    public static void main(String[] args) throws InterruptedException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        CatalogCompiler compiler = new CatalogCompiler(new Messages(Locale.CANADA_FRENCH));
        ClasspathCatalogSource source = new ClasspathCatalogSource(CatalogHeap.class.getClassLoader(), BundledFiles.ROOT);
        boolean model = List.of(args).contains("--model");
        java.util.function.Supplier<Object> build = model
                ? () -> ExecutableModel.loadFromClassPath(CatalogHeap.class.getClassLoader())
                : () -> compiler.compileOrThrow(source);
        List<Object> kept = new ArrayList<>();

        long empty = usedAfterGc(memory);
        long metaspaceBefore = metaspace();
        kept.add(build.get());
        long first = usedAfterGc(memory);
        long metaspaceAfter = metaspace();
        for (int i = 0; i < n; i++) {
            kept.add(build.get());
        }
        long all = usedAfterGc(memory);
        System.out.printf("used heap after GC: before any catalog %.2f MB; with 1 catalog %.2f MB; with %d catalogs %.2f MB%n",
                mb(empty), mb(first), kept.size(), mb(all));
        System.out.printf("first catalog, one-time costs included: %.2f MB heap (+%.2f MB metaspace)%n",
                mb(first - empty), mb(metaspaceAfter - metaspaceBefore));
        System.out.printf("retained heap per %s: %.2f MB (average of %d)%n", model ? "precompiled executable-model KieBase"
                : "compiled catalog", mb((all - first) / (double) n), n);
        if (List.of(args).contains("--hold")) {
            System.out.println("holding; pid " + ProcessHandle.current().pid());
            Thread.sleep(120_000);
        }
        if (kept.stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalStateException("unreachable: keeps the catalogs alive");
        }
    }

    private static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
        long previous = Long.MAX_VALUE;
        long used = 0;
        for (int i = 0; i < 10; i++) {
            System.gc();
            Thread.sleep(50);
            used = memory.getHeapMemoryUsage().getUsed();
            if (Math.abs(previous - used) < 16 * 1024) {
                break;
            }
            previous = used;
        }
        return used;
    }

    private static long metaspace() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getName().equals("Metaspace"))
                .mapToLong(pool -> pool.getUsage().getUsed())
                .sum();
    }

    private static double mb(double bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
