import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.grille.api.Scorer;
import org.grille.api.application.Application;
import org.grille.benchmarks.NaivePeer;
import org.grille.benchmarks.Samples;

/**
 * CPU time of the measuring thread per operation, for a machine too loaded for JMH's wall times: {@code engine}
 * ({@code Scorer.assess}) or {@code naive} (the naive Drools peer) on 1 000 {@code Samples}, 10 s of warm-up, then
 * five rounds of SECONDS each. Run each mode in its own JVM, in turn, with any benchmarks jar (single-file source):
 * {@code java -cp benchmarks/target/benchmarks.jar benchmarks/scripts/CpuPerOp.java engine 5}
 */
public class CpuPerOp {
    public static void main(String[] args) {
        String mode = args[0];
        int seconds = Integer.parseInt(args[1]);
        List<Application> apps = Samples.generate(1_000);
        Scorer scorer = mode.equals("engine") ? Scorer.builder().build() : null;
        NaivePeer peer = mode.equals("naive") ? NaivePeer.compile() : null;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        int i = 0;
        // warm-up: 10 s of wall time
        long end = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < end) {
            sink += scorer != null ? scorer.assess(apps.get(i++ % 1000)).total() : peer.run(apps.get(i++ % 1000));
        }
        StringBuilder out = new StringBuilder(mode);
        for (int round = 0; round < 5; round++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            long ops = 0;
            long stop = wall0 + seconds * 1_000_000_000L;
            while (System.nanoTime() < stop) {
                for (int k = 0; k < 100; k++) {
                    sink += scorer != null ? scorer.assess(apps.get(i++ % 1000)).total() : peer.run(apps.get(i++ % 1000));
                }
                ops += 100;
            }
            long cpu = threads.getCurrentThreadCpuTime() - cpu0;
            out.append(String.format(" %.2f", cpu / 1000.0 / ops));
        }
        System.out.println(out + " µs CPU per op (5 rounds)  sink " + (sink % 10));
    }
}
