package org.grille.api;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An application (or a whole input) that cannot be assessed as written. Every problem found is listed,
 * each with the JSON path of the field, so the applicant can fix them all in one pass.
 */
public final class InvalidApplicationException extends GrilleException {

    private static final long serialVersionUID = 1L;

    /** The application's id, or null when it could not be read. */
    private final String applicationId;
    private final transient List<FieldViolation> violations;
    private final transient Function<Locale, InvalidApplicationException> inLanguage;

    /**
     * An application refused for these problems.
     *
     * @param applicationId the application's id, or null when it could not be read
     * @param summary       the first line of the message
     * @param violations    every problem found, at least one; each is appended to the message on its own line
     */
    public InvalidApplicationException(String applicationId, String summary, List<FieldViolation> violations) {
        this(applicationId, summary, violations, null);
    }

    /**
     * An application refused for these problems, which the thrower can also say in another language: a web service
     * answers each request in its own language although its scorer has one.
     *
     * @param applicationId the application's id, or null when it could not be read
     * @param summary       the first line of the message
     * @param violations    every problem found, at least one; each is appended to the message on its own line
     * @param inLanguage    the same refusal in a given language, or null (or a null result) when the thrower
     *                      cannot say it in that language
     */
    public InvalidApplicationException(String applicationId, String summary, List<FieldViolation> violations,
                                       Function<Locale, InvalidApplicationException> inLanguage) {
        super(summary + violations.stream().map(v -> "\n  " + v).collect(Collectors.joining()));
        this.applicationId = applicationId;
        this.violations = List.copyOf(violations);
        this.inLanguage = inLanguage;
    }

    /**
     * The same refusal, with its summary and every violation's message in {@code locale}: same paths, same order.
     *
     * @param locale the language wanted
     * @return the refusal in that language, or this exception when its thrower cannot say it in another
     */
    public InvalidApplicationException inLanguage(Locale locale) {
        if (inLanguage == null || locale == null) {
            return this;
        }
        InvalidApplicationException translated = inLanguage.apply(locale);
        return translated == null ? this : translated;
    }

    /**
     * The application's id.
     *
     * @return the id, or null when it could not be read
     */
    public String applicationId() {
        return applicationId;
    }

    /**
     * Every problem found.
     *
     * @return an unmodifiable list of at least one violation; null after the exception was deserialized (the list is
     *         not serialized)
     */
    public List<FieldViolation> violations() {
        return violations;
    }
}
