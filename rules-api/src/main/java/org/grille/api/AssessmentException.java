package org.grille.api;

/**
 * The rules failed on one application: a consequence threw, or a rule kept firing past the per-application
 * limit. Names the rule and where it is, so policy staff can fix it. Nothing of the assessment is returned.
 */
public final class AssessmentException extends GrilleException {

    private static final long serialVersionUID = 1L;

    private final String applicationId;
    private final String rule;
    private final String file;
    private final int line;

    public AssessmentException(String message, String applicationId, String rule, String file, int line, Throwable cause) {
        super(message, cause);
        this.applicationId = applicationId;
        this.rule = rule;
        this.file = file;
        this.line = line;
    }

    /** The application being assessed. */
    public String applicationId() {
        return applicationId;
    }

    /** The rule at fault, or null if none could be named. */
    public String rule() {
        return rule;
    }

    /** The rule's file, relative to the catalog root, or null. */
    public String file() {
        return file;
    }

    /** The rule's line, or 0. */
    public int line() {
        return line;
    }
}
