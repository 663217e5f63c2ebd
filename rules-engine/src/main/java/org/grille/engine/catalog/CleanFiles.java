package org.grille.engine.catalog;

import java.util.List;
import java.util.Set;

/**
 * The per-file checks of a compile, kept for a file that passed them without any problem: in {@code validate --watch}
 * a save changes one file, and the files it left alone are not read into a tree, printed or checked again.
 *
 * <p>Each check reads the file and nothing of the other files but the terms the manifest adds, so its result for the
 * same path, text, vocabulary and terms is the same on every run. A key holds that whole input. A file with a
 * problem, even a warning, is checked again on every compile, so its problems are always reported afresh.
 */
final class CleanFiles {

    /** Enough for every rule file of a large catalog, for a few terms at once. */
    private static final RecentResults<List<Object>, Boolean> CHECKED = new RecentResults<>(64);
    private static final RecentResults<List<Object>, PrintedFile> PRINTED = new RecentResults<>(64);

    private CleanFiles() {
    }

    /**
     * What identifies a check of one file: its name, the vocabulary, the file's path and text, and the terms the manifest
     * adds.
     */
    static List<Object> key(String check, Vocabulary.Kind kind, DrlFile file, RuleTerms terms) {
        return List.of(check, kind, file.path(), file.text(), terms);
    }

    /** Whether the check of {@code key} passed lately without reporting anything: then it would pass again. */
    static boolean passed(List<Object> key) {
        return CHECKED.find(key) != null;
    }

    /** Remembers that the check of {@code key} reported nothing. */
    static void pass(List<Object> key) {
        CHECKED.keep(key, Boolean.TRUE);
    }

    /** {@link PrintedFile#of(DrlFile, Vocabulary.Kind, RuleTerms, Set, ProblemCollector)}, kept when it reported nothing. */
    static PrintedFile printed(DrlFile file, Vocabulary.Kind kind, RuleTerms terms, Set<String> symmetric,
                               ProblemCollector problems) {
        List<Object> key = List.of(kind, file.path(), file.text(), terms, symmetric);
        PrintedFile kept = PRINTED.find(key);
        if (kept != null) {
            return kept;
        }
        ProblemCollector own = new ProblemCollector(problems.messages());
        PrintedFile printed = PrintedFile.of(file, kind, terms, symmetric, own);
        if (printed != null && own.isEmpty()) {
            PRINTED.keep(key, printed);
        }
        problems.addAll(own);
        return printed;
    }
}
