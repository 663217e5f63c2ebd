import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.grille.api.JsonCodec;
import org.grille.api.application.Application;
import org.grille.benchmarks.Samples;

/**
 * Writes {@code Samples.generate(N)} (the benchmarks' generated call, seed 20 270 129) as a JSON batch for the command
 * line: {@code java -cp benchmarks/target/benchmarks.jar benchmarks/scripts/SamplesCall.java 1000 /tmp/call1000.json}.
 */
public class SamplesCall {
    public static void main(String[] args) throws Exception {
        List<Application> call = Samples.generate(Integer.parseInt(args[0]));
        JsonCodec codec = JsonCodec.standard();
        StringBuilder out = new StringBuilder("[\n");
        for (int i = 0; i < call.size(); i++) {
            out.append(codec.writeApplication(call.get(i))).append(i + 1 < call.size() ? ",\n" : "\n");
        }
        Files.writeString(Path.of(args[1]), out.append("]\n"));
    }
}
