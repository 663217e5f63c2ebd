package consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.grille.api.Assessment;
import org.grille.api.JsonCodec;
import org.grille.api.Scorer;
import org.grille.api.application.Application;

/** Grille next to the application's own Jackson 2, as Spring Boot 3 manages it. Exits non-zero on any failure. */
public final class Main {

    public static void main(String[] args) throws Exception {
        ObjectMapper appMapper = new ObjectMapper();
        // The application edits the sample with its own Jackson, then hands the text to Grille.
        ObjectNode sample = (ObjectNode) appMapper.readTree(Files.readString(Path.of(args[0])));
        sample.put("id", "SPRING-3");
        String edited = appMapper.writeValueAsString(sample);

        try (Scorer scorer = Scorer.builder().build()) {
            JsonCodec codec = JsonCodec.standard();
            Application application = codec.readApplication(edited);
            Assessment assessment = scorer.assess(application);
            String written = codec.writeAssessment(assessment);
            Files.writeString(Path.of(args[1]), written);

            JsonNode read = appMapper.readTree(written);
            check(read.get("applicationId").asText().equals("SPRING-3"), "applicationId read back: " + read);
            check(read.get("total").asInt() == assessment.total(), "total read back: " + read);
            check(assessment.eligible() && assessment.total() > 0, "the sample is eligible and scores: " + assessment.total());
            check(codec.readApplication(codec.writeApplication(application)).equals(application), "application round trip");
            String summary = appMapper.writeValueAsString(Map.of("id", assessment.applicationId(), "total", assessment.total()));
            check(summary.contains("\"SPRING-3\""), "the application's own mapper writes: " + summary);
            System.out.println("Spring Boot 3 consumer: " + assessment.applicationId() + " " + assessment.total() + "/100 with "
                    + ObjectMapper.class.getPackage().getImplementationVersion());
        }
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }
}
