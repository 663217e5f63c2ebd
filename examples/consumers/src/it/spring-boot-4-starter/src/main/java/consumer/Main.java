package consumer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.grille.api.Assessment;
import org.grille.api.BatchResult;
import org.grille.api.Scorer;
import org.grille.api.application.Application;
import org.grille.api.ApplicationBatch;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A Spring Boot web application that adds the Grille starter and nothing else of Grille's: a real server on a random
 * loopback port, a watched catalog directory. Its own client posts a valid application, a misspelled one, a batch,
 * swaps the catalog directory under a request loop, and reads health and meters. Exits non-zero on any failure.
 * Arguments: the sample application, the sample batch, the bundled catalog's directory, a work directory.
 */
@SpringBootApplication
@RestController
public class Main {

    private final Scorer scorer;

    public Main(Scorer scorer) {
        this.scorer = scorer;
    }

    @PostMapping("/assessments")
    public Assessment assess(@RequestBody Application application) {
        return scorer.assess(application);
    }

    @PostMapping("/batches")
    public BatchResult assessAll(@RequestBody ApplicationBatch batch) {
        return scorer.assessAll(batch);
    }

    public static void main(String[] args) throws Exception {
        String application = Files.readString(Path.of(args[0]));
        String batch = Files.readString(Path.of(args[1]));
        Path work = Path.of(args[3]);
        Path catalog = copy(Path.of(args[2]), work.resolve("catalog"));

        ConfigurableApplicationContext context = SpringApplication.run(Main.class,
                "--server.address=127.0.0.1", "--server.port=0",
                "--grille.catalog.directory=" + catalog, "--grille.catalog.watch=true",
                "--management.endpoints.web.exposure.include=health,info,metrics",
                "--management.endpoint.health.show-details=always");
        try {
            String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

            Response valid = post(http, base + "/assessments", application, "fr");
            check(valid.statusCode() == 200, "valid application: " + valid.statusCode() + " " + valid.body());
            check(valid.body().contains("\"applicationId\":\"MI-2027-001\"") && number(valid.body(), "total") > 0,
                    "assessment written by Grille: " + valid.body());

            String misspelled = application.replace("coCreationWorkshopAttended", "coCreationWorkshopAtended");
            Response refused = post(http, base + "/assessments", misspelled, "en");
            check(refused.statusCode() == 400, "misspelled field: " + refused.statusCode() + " " + refused.body());
            check(refused.body().contains("\"path\":\"$.project.coCreationWorkshopAtended\"")
                    && number(refused.body(), "line") > 0 && refused.body().contains("Unknown field"),
                    "problem with path, line and English message: " + refused.body());

            Response scored = post(http, base + "/batches", batch, "fr");
            check(scored.statusCode() == 200 && scored.body().startsWith("{\"assessments\":["), "batch: " + scored.body());

            check(get(http, base + "/actuator/health").contains("\"version\":\"2027.1\""), "health before the swap");
            swap(catalog, work);
            AtomicInteger failed = new AtomicInteger();
            AtomicInteger sent = new AtomicInteger();
            AtomicBoolean done = new AtomicBoolean();
            Thread loop = new Thread(() -> {
                while (!done.get()) {
                    try {
                        sent.incrementAndGet();
                        if (post(http, base + "/assessments", application, "fr").statusCode() != 200) {
                            failed.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
            });
            loop.start();
            String health = "";
            for (long until = System.nanoTime() + Duration.ofSeconds(40).toNanos(); System.nanoTime() < until; Thread.sleep(200)) {
                health = get(http, base + "/actuator/health");
                if (health.contains("\"version\":\"2027.2\"")) {
                    break;
                }
            }
            done.set(true);
            loop.join();
            check(health.contains("\"version\":\"2027.2\"") && health.contains("\"lastReload\":\"published\""),
                    "health after the swap: " + health);
            check(failed.get() == 0 && sent.get() > 0, failed + " of " + sent + " requests failed during the swap");
            check(post(http, base + "/assessments", application, "fr").body().contains("\"version\":\"2027.2\""),
                    "assessments name the new version");

            check(get(http, base + "/actuator/info").contains("\"version\":\"2027.2\""), "info shows the live catalog");
            String timer = get(http, base + "/actuator/metrics/grille.assessments");
            check(timer.contains("\"outcome\""), "timer with its outcome tag: " + timer);
            String rejections = get(http, base + "/actuator/metrics/grille.rejections");
            check(rejections.contains("\"value\":") && !rejections.contains("\"value\":0.0"),
                    "the unreadable body is counted: " + rejections);
            check(get(http, base + "/actuator/metrics/grille.catalog.events?tag=event:published").contains("\"value\":1.0"),
                    "the swap is counted as published");
            System.out.println("Spring Boot " + org.springframework.boot.SpringBootVersion.getVersion() + " starter consumer: "
                    + sent + " requests during the swap, none failed; " + health);
        } finally {
            context.close();
        }
    }

    /** Swaps the whole directory as an editor's deploy does: the new version beside it, then two renames. */
    private static void swap(Path catalog, Path work) throws IOException {
        Path next = copy(catalog, work.resolve("catalog-next"));
        Path manifest = next.resolve("manifest.json");
        String text = Files.readString(manifest);
        check(text.contains("\"version\": \"2027.1\""), "manifest version");
        Files.writeString(manifest, text.replace("\"version\": \"2027.1\"", "\"version\": \"2027.2\""));
        Files.move(catalog, work.resolve("catalog-old"), StandardCopyOption.ATOMIC_MOVE);
        Files.move(next, catalog, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return to;
    }

    /** A response whose body is compacted, so that checks read Grille's indented JSON and Spring's alike. */
    private record Response(int statusCode, String body) {
    }

    private static Response post(HttpClient http, String url, String body, String language)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json").header("Accept-Language", language)
                .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), compact(response.body()));
    }

    private static String get(HttpClient http, String url) throws IOException, InterruptedException {
        return compact(http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    private static String compact(String json) {
        return json.replaceAll("\\s*:\\s*", ":").replaceAll("([\\[{,])\\s+", "$1");
    }

    private static int number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }
}
