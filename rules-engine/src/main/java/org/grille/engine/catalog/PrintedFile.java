package org.grille.engine.catalog;

/**
 * A rule file as Drools compiles it: the text {@link DrlPrinter} printed from Grille's tree of the author's file.
 *
 * @param source the author's file, for locating what Drools reports (the printer keeps every rule on its line)
 * @param tree   what the checker read
 * @param text   the DRL printed from {@code tree}
 */
record PrintedFile(DrlFile source, Tree.File tree, String text) {

    /**
     * Reads {@code source} into a tree and prints it, or returns null after reporting why it cannot be read. The printed
     * text must also pass {@link PrintedText}, the second layer, before anything may build it.
     */
    static PrintedFile of(DrlFile source, Vocabulary.Kind kind, RuleTerms terms, ProblemCollector problems) {
        return of(source, kind, terms, java.util.Set.of(), problems);
    }

    /** {@link #of(DrlFile, Vocabulary.Kind, RuleTerms, ProblemCollector)}, with the partnership rules marked symmetric. */
    static PrintedFile of(DrlFile source, Vocabulary.Kind kind, RuleTerms terms, java.util.Set<String> symmetric,
                          ProblemCollector problems) {
        Tree.File tree = RuleTreeReader.read(source, kind, terms, problems);
        if (tree == null) {
            return null;
        }
        String text = DrlPrinter.print(tree, kind, symmetric);
        PrintedText.Fault fault = PrintedText.check(text, kind);
        if (fault != null) {
            problems.error(source.path(), fault.line(), 0, source.ruleAt(fault.line()), "CATALOG-PRINT-CHECK", fault.token());
            return null;
        }
        return new PrintedFile(source, tree, text);
    }

    String path() {
        return source.path();
    }
}
