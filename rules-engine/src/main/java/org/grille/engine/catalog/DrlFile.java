package org.grille.engine.catalog;

import java.util.List;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * One parsed rule file.
 *
 * @param path  relative to the catalog root
 * @param text  the file's text
 * @param lines the text's lines, for locating problems
 * @param descr what the DRL parser read
 */
record DrlFile(String path, String text, List<String> lines, PackageDescr descr) {

    /** The name of the rule whose text covers {@code line}, or null. */
    String ruleAt(int line) {
        for (RuleDescr rule : descr.getRules()) {
            int end = rule.getEndLine() > 0 ? rule.getEndLine() : Integer.MAX_VALUE;
            if (line >= rule.getLine() && line <= end) {
                return rule.getName();
            }
        }
        return null;
    }
}
