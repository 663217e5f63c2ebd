package consumer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.grille.api.Assessment;
import org.grille.api.JsonCodec;
import org.grille.api.Scorer;
import org.grille.api.application.Application;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Grille next to the application's own Jackson 3, as Spring Boot 4 manages it. Exits non-zero on any failure. */
public final class Main {

    public static void main(String[] args) throws Exception {
        JsonMapper appMapper = JsonMapper.builder().build();
        ObjectNode sample = (ObjectNode) appMapper.readTree(Files.readString(Path.of(args[0])));
        sample.put("id", "SPRING-4");
        String edited = appMapper.writeValueAsString(sample);

        try (Scorer scorer = Scorer.builder().build()) {
            JsonCodec codec = JsonCodec.standard();
            Application application = codec.readApplication(edited);
            Assessment assessment = scorer.assess(application);
            String written = codec.writeAssessment(assessment);
            Files.writeString(Path.of(args[1]), written);

            JsonNode read = appMapper.readTree(written);
            check(read.get("applicationId").asString().equals("SPRING-4"), "applicationId read back: " + read);
            check(read.get("total").asInt() == assessment.total(), "total read back: " + read);
            check(assessment.eligible() && assessment.total() > 0, "the sample is eligible and scores: " + assessment.total());
            check(codec.readApplication(codec.writeApplication(application)).equals(application), "application round trip");
            String summary = appMapper.writeValueAsString(Map.of("id", assessment.applicationId(), "total", assessment.total()));
            check(summary.contains("\"SPRING-4\""), "the application's own mapper writes: " + summary);
            System.out.println("Spring Boot 4 consumer: " + assessment.applicationId() + " " + assessment.total() + "/100 with "
                    + JsonMapper.class.getPackage().getImplementationVersion());
        }
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }
}
