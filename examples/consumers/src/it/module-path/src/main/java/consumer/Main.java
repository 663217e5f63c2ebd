package consumer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.grille.api.Assessment;
import org.grille.api.InvalidApplicationException;
import org.grille.api.JsonCodec;
import org.grille.api.Scorer;
import org.grille.api.application.Application;

/** Scores with every jar on the module path, in both languages. Exits non-zero on any failure. */
public final class Main {

    public static void main(String[] args) throws Exception {
        check("org.grille.api".equals(Scorer.class.getModule().getName()), "rules-api is the named module org.grille.api: "
                + Scorer.class.getModule());
        for (String name : new String[] {"org.grille.engine", "org.grille.catalog"}) {
            check(ModuleLayer.boot().findModule(name).isPresent(), name + " is on the module path");
        }
        String sample = Files.readString(Path.of(args[0]));
        for (Locale locale : new Locale[] {Locale.CANADA_FRENCH, Locale.ENGLISH}) {
            try (Scorer scorer = Scorer.builder().locale(locale).build()) {
                JsonCodec codec = JsonCodec.standard(locale);
                Application application = codec.readApplication(sample);
                Assessment assessment = scorer.assess(application);
                check(assessment.eligible() && assessment.total() > 0, "the sample scores: " + assessment.total());
                check(!assessment.contributions().isEmpty(), "reasons are read from the catalog's bundles");
                check(codec.writeAssessment(assessment).contains(assessment.applicationId()), "the assessment is written");
                // The engine's own messages, from its bundle in a named module.
                try {
                    codec.readApplication("{\"id\": \"X\", \"colour\": \"blue\"}");
                    throw new AssertionError("an unknown field is rejected");
                } catch (InvalidApplicationException expected) {
                    check(expected.getMessage() != null && !expected.getMessage().isBlank(), "a message for an unknown field");
                    System.out.println(locale + ": " + expected.getMessage());
                }
                System.out.println(locale + ": " + assessment.applicationId() + " " + assessment.total() + "/100 on the module path");
            }
        }
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }
}
