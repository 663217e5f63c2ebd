package org.grille.engine.catalog;

/**
 * A rule file as Drools compiles it: the text {@link DrlPrinter} printed from Grille's tree of the author's file.
 *
 * @param source the author's file, for locating what Drools reports (the printer keeps every rule on its line)
 * @param tree   what the checker read
 * @param text   the DRL printed from {@code tree}
 */
record PrintedFile(DrlFile source, Tree.File tree, String text) {

    /** Reads {@code source} into a tree and prints it, or returns null after reporting why it cannot be read. */
    static PrintedFile of(DrlFile source, Vocabulary.Kind kind, java.util.Set<String> protectedMembers, ProblemCollector problems) {
        Tree.File tree = RuleTreeReader.read(source, kind, protectedMembers, problems);
        return tree == null ? null : new PrintedFile(source, tree, DrlPrinter.print(tree, kind));
    }

    String path() {
        return source.path();
    }
}
