package org.grille.engine.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Keeps rule files inside the documented vocabulary. A rule file from a directory is code that runs inside
 * the host application, so it may import only the application and vocabulary types, declare no functions or
 * globals, name nothing that reaches the system (processes, files, network, threads, reflection, class
 * loading), never change the facts it is given, and never read a protected attribute.
 */
final class RuleTextCheck {

    private static final Set<String> ALLOWED_IMPORT_PACKAGES = Set.of("org.grille.api.application", "org.grille.api.rules");
    private static final Set<String> ALLOWED_IMPORT_CLASSES = Set.of("java.time.LocalDate");

    /** What a consequence may create: a derived fact. Anything else would invent application data. */
    private static final Pattern NEW_OBJECT = Pattern.compile("\\bnew\\s+([A-Za-z_][\\w.]*)\\s*\\(");

    /** Names that reach outside the rules, each with the kind of escape it is, for the message. */
    private static final Map<String, String> FORBIDDEN = forbidden();

    /** Protected types, by the attribute path they expose. */
    private static final Map<String, List<String>> PROTECTED_NAMES = Map.of(
            "language", List.of("language", "Language"),
            "leadership", List.of("leadership", "Leadership"),
            "leadership.gender", List.of("gender", "Gender"),
            "leadership.immigrantBackground", List.of("immigrantBackground"),
            "leadership.racialized", List.of("racialized"),
            "leadership.ageGroup", List.of("ageGroup", "AgeGroup"));

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    private RuleTextCheck() {
    }

    private static Map<String, String> forbidden() {
        Map<String, String> names = new HashMap<>();
        for (String n : List.of("System", "Runtime", "ProcessBuilder", "Process", "exit", "halt", "exec")) {
            names.put(n, "system");
        }
        for (String n : List.of("File", "Files", "Path", "Paths", "FileInputStream", "FileOutputStream", "FileReader",
                "FileWriter", "RandomAccessFile")) {
            names.put(n, "files");
        }
        for (String n : List.of("Socket", "ServerSocket", "URL", "URI", "HttpClient", "InetAddress", "DatagramSocket")) {
            names.put(n, "network");
        }
        for (String n : List.of("Thread", "ThreadGroup", "Executors", "ExecutorService", "CompletableFuture", "ForkJoinPool", "Timer")) {
            names.put(n, "threads");
        }
        for (String n : List.of("Class", "class", "getClass", "forName", "Method", "Field", "Constructor", "setAccessible",
                "newInstance", "invoke", "reflect", "MethodHandles", "Unsafe", "getMethod", "getMethods",
                "getDeclaredMethod", "getDeclaredMethods", "getField", "getFields", "getDeclaredField", "getDeclaredFields")) {
            names.put(n, "reflection");
        }
        for (String n : List.of("ClassLoader", "getClassLoader", "loadClass", "defineClass")) {
            names.put(n, "classloading");
        }
        for (String n : List.of("while", "for", "do", "synchronized")) {
            names.put(n, "loops");
        }
        for (String n : List.of("modify", "update", "delete", "retract", "drools", "kcontext")) {
            names.put(n, "facts");
        }
        return Map.copyOf(names);
    }

    static void checkPackage(PackageDescr pkg, String file, ProblemCollector problems) {
        for (ImportDescr imported : pkg.getImports()) {
            String target = imported.getTarget();
            String owner = target.endsWith(".*") ? target.substring(0, target.length() - 2) : target.substring(0, Math.max(0, target.lastIndexOf('.')));
            boolean allowed = ALLOWED_IMPORT_CLASSES.contains(target) || ALLOWED_IMPORT_PACKAGES.contains(owner);
            if (!allowed) {
                problems.error(file, imported.getLine(), imported.getColumn(), null, "RULE-IMPORT-FORBIDDEN", target);
            }
        }
        pkg.getFunctionImports().forEach(f -> problems.error(file, f.getLine(), f.getColumn(), null, "RULE-DECLARATION-FORBIDDEN", "import function"));
        pkg.getAccumulateImports().forEach(f -> problems.error(file, f.getLine(), f.getColumn(), null, "RULE-DECLARATION-FORBIDDEN", "import accumulate"));
        pkg.getFunctions().forEach(f -> problems.error(file, f.getLine(), f.getColumn(), null, "RULE-DECLARATION-FORBIDDEN", "function " + f.getName()));
        pkg.getGlobals().forEach(g -> problems.error(file, g.getLine(), g.getColumn(), null, "RULE-DECLARATION-FORBIDDEN", "global " + g.getIdentifier()));
        pkg.getTypeDeclarations().forEach(t -> problems.error(file, t.getLine(), t.getColumn(), null, "RULE-DECLARATION-FORBIDDEN", "declare " + t.getTypeName()));
    }

    /** Checks one rule's text, lines {@code rule.getLine()} to {@code rule.getEndLine()} of {@code lines}. */
    static void checkRule(RuleDescr rule, String file, List<String> lines, List<String> protectedAttributes, ProblemCollector problems) {
        Map<String, String> protectedNames = new HashMap<>();
        for (String attribute : protectedAttributes) {
            for (String name : PROTECTED_NAMES.getOrDefault(attribute, List.of())) {
                protectedNames.put(name, attribute);
            }
        }
        int first = Math.max(rule.getLine(), 1);
        int last = Math.min(rule.getEndLine() > 0 ? rule.getEndLine() : lines.size(), lines.size());
        boolean inBlockComment = false;
        for (int number = first; number <= last; number++) {
            String line = lines.get(number - 1);
            StringBuilder code = new StringBuilder();
            inBlockComment = stripCommentsAndStrings(line, inBlockComment, code);
            if (number == first) {
                // the rule's own name is a quoted sentence, already stripped; its attributes follow
                code = new StringBuilder(code.toString().replaceFirst("^\\s*rule\\b", ""));
            }
            // one problem per line and kind: "System.exit(1)" is one mistake, not two
            boolean forbiddenReported = false;
            boolean protectedReported = false;
            boolean idReported = false;
            Matcher created = NEW_OBJECT.matcher(code);
            while (created.find()) {
                if (!created.group(1).equals("Finding") && !created.group(1).equals("LocalDate")) {
                    problems.error(file, number, created.start() + 1, rule.getName(), "RULE-CREATES-FACT", created.group(1));
                }
            }
            Matcher m = IDENTIFIER.matcher(code);
            while (m.find()) {
                String token = m.group();
                if (FORBIDDEN.containsKey(token) && !forbiddenReported) {
                    forbiddenReported = true;
                    problems.error(file, number, m.start() + 1, rule.getName(), "RULE-CALL-FORBIDDEN", token,
                            problems.messages().get("forbidden." + FORBIDDEN.get(token)));
                } else if (token.equals("id") && !idReported) {
                    idReported = true;
                    problems.error(file, number, m.start() + 1, rule.getName(), "RULE-READS-ID");
                } else if (protectedNames.containsKey(token) && !protectedReported) {
                    protectedReported = true;
                    problems.error(file, number, m.start() + 1, rule.getName(), "RULE-READS-PROTECTED", token,
                            protectedNames.get(token));
                }
            }
        }
    }

    /** Appends the code of {@code line} without comments and string contents; returns whether a block comment is still open. */
    private static boolean stripCommentsAndStrings(String line, boolean inBlockComment, StringBuilder out) {
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (inBlockComment) {
                if (line.startsWith("*/", i)) {
                    inBlockComment = false;
                    i += 2;
                } else {
                    i++;
                }
                out.append(' ');
            } else if (line.startsWith("/*", i)) {
                inBlockComment = true;
                i += 2;
                out.append("  ");
            } else if (line.startsWith("//", i) || c == '#') {
                break;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < line.length() && line.charAt(end) != c) {
                    end += line.charAt(end) == '\\' ? 2 : 1;
                }
                out.append(" ".repeat(Math.min(end, line.length() - 1) - i + 1));
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return inBlockComment;
    }
}
