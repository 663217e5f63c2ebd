package org.grille.api;

/**
 * The rules failed on one application: a consequence threw, or a rule kept firing past the per-application
 * limit. Names the rule and where it is, so policy staff can fix it. Nothing of the assessment is returned.
 */
public final class AssessmentException extends GrilleException {

    private static final long serialVersionUID = 1L;

    /** The application being assessed. */
    private final String applicationId;
    /** The rule at fault, or null. */
    private final String rule;
    /** The rule's file, relative to the catalog root, or null. */
    private final String file;
    /** The rule's line, or 0. */
    private final int line;

    /**
     * An assessment that failed in the rules.
     *
     * @param message       what went wrong, in the scorer's language
     * @param applicationId the application being assessed
     * @param rule          the rule at fault, or null if none could be named
     * @param file          the rule's file, relative to the catalog root, or null
     * @param line          the rule's line, from 1, or 0 when unknown
     * @param cause         what the rule threw, or null
     */
    public AssessmentException(String message, String applicationId, String rule, String file, int line, Throwable cause) {
        super(message, cause);
        this.applicationId = applicationId;
        this.rule = rule;
        this.file = file;
        this.line = line;
    }

    /**
     * The application being assessed.
     *
     * @return its id
     */
    public String applicationId() {
        return applicationId;
    }

    /**
     * The rule at fault.
     *
     * @return the rule's name, or null if none could be named
     */
    public String rule() {
        return rule;
    }

    /**
     * The rule's file.
     *
     * @return its path relative to the catalog root, or null when unknown
     */
    public String file() {
        return file;
    }

    /**
     * The rule's line.
     *
     * @return the line from 1, or 0 when unknown
     */
    public int line() {
        return line;
    }
}
