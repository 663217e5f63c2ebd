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

    /**
     * The text Drools compiles: this file with its header (package, imports, comments before the first rule) replaced
     * by the package and the vocabulary's imports, all on the first line, so every rule keeps its line and column.
     * Whatever the file imported, it is compiled against exactly the vocabulary.
     */
    String buildText() {
        return buildText(Vocabulary.Kind.SCORING);
    }

    /** {@link #buildText()} against the vocabulary of {@code kind}. */
    String buildText(Vocabulary.Kind kind) {
        int firstRule = descr.getRules().isEmpty() ? text.length() : descr.getRules().get(0).getStartCharacter();
        if (firstRule < 0 || firstRule > text.length()) {
            firstRule = text.length();
        }
        String header = text.substring(0, firstRule);
        StringBuilder built = new StringBuilder("package ").append(descr.getNamespace()).append(';');
        for (String type : kind.imports()) {
            built.append(" import ").append(type).append(';');
        }
        header.chars().filter(c -> c == '\n').forEach(c -> built.append('\n'));
        int lastNewline = header.lastIndexOf('\n');
        built.append(" ".repeat(header.length() - lastNewline - 1));
        return built.append(text, firstRule, text.length()).toString();
    }

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
