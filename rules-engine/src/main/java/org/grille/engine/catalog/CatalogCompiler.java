package org.grille.engine.catalog;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.function.Supplier;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.ParserError;
import org.grille.api.CatalogException;
import org.grille.api.CatalogInfo;
import org.grille.api.application.Objective;
import org.grille.engine.messages.Messages;
import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a catalog's files into a {@link CompiledCatalog}, or into the full list of what is wrong with them.
 * Every check runs, so policy staff see all their mistakes at once: the manifest, each rule file's characters and
 * syntax, the rule grammar ({@link RuleGrammar}) and each rule's metadata. Only a catalog with no error at all
 * reaches the Drools build, compiled against exactly the vocabulary ({@link DrlFile#buildText()}).
 */
public final class CatalogCompiler {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogCompiler.class);

    private final Messages messages;

    public CatalogCompiler(Messages messages) {
        this.messages = messages;
    }

    /** Compiles, or throws a {@link CatalogException} listing every problem. */
    public CompiledCatalog compileOrThrow(CatalogSource source) {
        Compilation compilation = compile(source);
        if (!compilation.succeeded()) {
            throw new CatalogException(messages.get("catalog.invalid", source.describe()), compilation.problems());
        }
        return compilation.catalog();
    }

    /** Compiles and reports every problem found. Never throws for a problem in the catalog's files. */
    public Compilation compile(CatalogSource source) {
        BuilderWarmUp.startOnce(messages);
        return compile(source, fingerprint -> Optional.empty());
    }

    /**
     * Compiles, but when {@code precompiled} has the rules for exactly these sources (same fingerprint) takes them
     * from it: no DRL parse, no Drools build. Those sources passed every check when they were precompiled.
     */
    public Compilation compile(CatalogSource source, Function<String, Optional<Prebuilt>> precompiled) {
        long started = System.nanoTime();
        ProblemCollector problems = new ProblemCollector(messages);
        Map<String, byte[]> contents = new LinkedHashMap<>();

        Optional<byte[]> manifestBytes = read(source, ManifestReader.FILE, problems);
        if (manifestBytes.isEmpty()) {
            if (source.refusal(ManifestReader.FILE).isEmpty()) {
                problems.error(ManifestReader.FILE, 0, 0, null, "MANIFEST-MISSING", source.describe());
            }
            return new Compilation(null, problems.sorted());
        }
        contents.put(ManifestReader.FILE, manifestBytes.get());
        String manifestText = decode(manifestBytes.get(), ManifestReader.FILE, problems);
        if (manifestText == null || !RawText.check(ManifestReader.FILE, manifestText, problems)) {
            return new Compilation(null, problems.sorted());
        }
        Manifest manifest = ManifestReader.read(manifestBytes.get(), problems);
        if (manifest == null) {
            return new Compilation(null, problems.sorted());
        }
        Reasons reasons = readReasons(source, manifest, contents, problems);
        List<String> listed = new ArrayList<>(manifest.ruleFiles());
        listed.addAll(manifest.partnershipFiles());
        for (String path : listed) {
            read(source, path, problems).ifPresentOrElse(bytes -> contents.put(path, bytes), () -> {
                if (source.refusal(path).isEmpty()) {
                    problems.error(ManifestReader.FILE, 0, 0, null, "MANIFEST-RULE-FILE-MISSING", path);
                }
            });
        }
        for (String present : source.ruleFilesPresent()) {
            if (!listed.contains(present)) {
                problems.warning(present, 0, 0, null, "FILE-DRL-UNLISTED", present);
            }
        }
        if (manifest.boroughAdjacency() != null) {
            Optional<byte[]> bytes = read(source, manifest.boroughAdjacency(), problems);
            String text = bytes.map(b -> decode(b, manifest.boroughAdjacency(), problems)).orElse(null);
            if (bytes.isEmpty() && source.refusal(manifest.boroughAdjacency()).isEmpty()) {
                problems.error(ManifestReader.FILE, 0, 0, null, "MANIFEST-BOROUGHS-MISSING", manifest.boroughAdjacency());
            } else if (text != null && RawText.check(manifest.boroughAdjacency(), text, problems)) {
                // its text is checked here; the table itself is read with the partnership files, which alone use it
                contents.put(manifest.boroughAdjacency(), bytes.get());
            }
        }
        String fingerprint = fingerprint(contents);
        String partnershipInputs = fingerprint(withoutScoringRules(contents, manifest));
        CatalogInfo info = new CatalogInfo(manifest.id(), manifest.version(), fingerprint, manifest.rubric());

        Optional<Prebuilt> prebuilt = problems.hasErrors() ? Optional.empty() : precompiled.apply(fingerprint);
        if (prebuilt.isPresent()) {
            // The same bytes passed every check when the jar was built: the partnership files are checked again, by the
            // same checker and before Drools sees them, but when first used, so a service that only scores never pays.
            Map<String, byte[]> partnershipBytes = new LinkedHashMap<>();
            manifest.partnershipFiles().forEach(path -> partnershipBytes.put(path, contents.get(path)));
            if (manifest.boroughAdjacency() != null) {
                partnershipBytes.put(manifest.boroughAdjacency(), contents.get(manifest.boroughAdjacency()));
            }
            Supplier<PartnershipRules> partnerships = manifest.partnershipFiles().isEmpty() ? () -> PartnershipRules.NONE
                    : new LazyPartnerships(() -> checkLater(manifest, partnershipBytes, reasons, partnershipInputs),
                            found -> new CatalogException(messages.get("catalog.partnerships.invalid", source.describe()), found));
            CompiledCatalog catalog = new CompiledCatalog(info, manifest, prebuilt.get().kieBase(), prebuilt.get().rules(),
                    reasons, List.of(), true, partnerships, Map.of());
            LOG.info("Loaded catalog {} from {} (precompiled model): {} rules in {} ms", info, source.describe(),
                    prebuilt.get().rules().size(), (System.nanoTime() - started) / 1_000_000);
            return new Compilation(catalog, List.of());
        }
        // Any other catalog has its partnership files checked now: a broken one is reported by validate, refused at reload.
        BoroughAdjacency adjacency = adjacency(manifest, contents, problems);
        PartnershipCheck partnershipCheck = checkPartnerships(manifest, contents, reasons, problems);
        List<DrlFile> partnershipFiles = partnershipCheck.files();
        List<PartnershipRule> partnershipRules = partnershipCheck.rules();
        List<PrintedFile> printedPartnerships = partnershipCheck.printed();

        List<DrlFile> files = new ArrayList<>();
        for (String path : manifest.ruleFiles()) {
            if (contents.containsKey(path)) {
                String text = decode(contents.get(path), path, problems);
                if (text != null && RawText.check(path, text, problems) && SourceBounds.check(path, text, problems)) {
                    parse(path, text, problems).ifPresent(files::add);
                }
            }
        }
        List<RuleInfo> rules = readRules(files, manifest, reasons, problems);
        Map<String, Long> costs = new HashMap<>();
        List<PrintedFile> printed = print(files, Vocabulary.Kind.SCORING, manifest, problems, costs);
        if (problems.hasErrors()) {
            // Nothing of a catalog outside the grammar reaches Drools: no build, no generated class, no run.
            return new Compilation(null, problems.sorted());
        }
        long checked = System.nanoTime();
        // The partnership rules build beside the scoring rules: two KnowledgeBuilders, one per core, and both
        // builds' mistakes reported together.
        ProblemCollector partnershipProblems = new ProblemCollector(messages);
        Beside<KieBase> partnershipBuild = partnershipFiles.isEmpty() ? null : Beside.start("grille-partnership-build",
                () -> DroolsBuild.build(printedPartnerships, Vocabulary.Kind.PARTNERSHIP, partnershipProblems));
        KieBase kieBase = DroolsBuild.build(printed, problems);
        KieBase partnershipBase = partnershipBuild == null ? null : partnershipBuild.join();
        long built = System.nanoTime();
        problems.addAll(partnershipProblems);
        if (kieBase == null || partnershipBuild != null && partnershipBase == null || problems.hasErrors()) {
            return new Compilation(null, problems.sorted());
        }
        PartnershipRules partnerships = partnershipBase == null ? PartnershipRules.NONE
                : new PartnershipRules(printedPartnerships, partnershipRules, adjacency, partnershipBase, partnershipInputs);
        CompiledCatalog catalog = new CompiledCatalog(info, manifest, kieBase, rules, reasons, problems.sorted(), false,
                () -> partnerships, costs);
        LOG.info("Compiled catalog {} from {}: {} rules in {} ms (checks {} ms, Drools builds {} ms)", info,
                source.describe(), rules.size(), (System.nanoTime() - started) / 1_000_000, (checked - started) / 1_000_000,
                (built - checked) / 1_000_000);
        return new Compilation(catalog, problems.sorted());
    }

    /**
     * Rules compiled ahead of time: the KieBase of their executable model and what each rule declares.
     *
     * @param kieBase the rules
     * @param rules   each rule's metadata and place
     */
    public record Prebuilt(KieBase kieBase, List<RuleInfo> rules) {
        public Prebuilt {
            rules = List.copyOf(rules);
        }
    }

    /** A catalog's partnership files, checked: the parsed files, their rules' metadata, and the DRL printed from them. */
    private record PartnershipCheck(List<DrlFile> files, List<PartnershipRule> rules, List<PrintedFile> printed) {
    }

    /**
     * Parses and checks the partnership files against the batch vocabulary, and prints the DRL Drools will compile;
     * nothing of them runs before the grammar passes. Problems go to {@code problems}.
     */
    private PartnershipCheck checkPartnerships(Manifest manifest, Map<String, byte[]> contents, Reasons reasons,
                                               ProblemCollector problems) {
        List<DrlFile> files = new ArrayList<>();
        for (String path : manifest.partnershipFiles()) {
            if (contents.containsKey(path)) {
                String text = decode(contents.get(path), path, problems);
                if (text != null && RawText.check(path, text, problems) && SourceBounds.check(path, text, problems)) {
                    parse(path, text, problems).ifPresent(files::add);
                }
            }
        }
        List<PartnershipRule> rules = readPartnershipRules(files, manifest, reasons, problems);
        List<PrintedFile> printed = print(files, Vocabulary.Kind.PARTNERSHIP, manifest, problems, new HashMap<>(),
                rules.stream().filter(PartnershipRule::symmetric).map(PartnershipRule::name)
                        .collect(java.util.stream.Collectors.toSet()));
        return new PartnershipCheck(files, rules, printed);
    }

    /** The borough adjacency table the manifest names, read from {@code contents}; none when it names none. */
    private static BoroughAdjacency adjacency(Manifest manifest, Map<String, byte[]> contents, ProblemCollector problems) {
        String file = manifest.boroughAdjacency();
        return file == null || !contents.containsKey(file) ? BoroughAdjacency.NONE
                : BoroughAdjacency.read(file, contents.get(file), problems);
    }

    /**
     * The check of a precompiled catalog's partnership files and borough table, run on first use; their KieBase is
     * built on its first use.
     */
    private LazyPartnerships.Checked checkLater(Manifest manifest, Map<String, byte[]> contents, Reasons reasons,
                                               String inputs) {
        long started = System.nanoTime();
        ProblemCollector problems = new ProblemCollector(messages);
        BoroughAdjacency adjacency = adjacency(manifest, contents, problems);
        PartnershipCheck checked = checkPartnerships(manifest, contents, reasons, problems);
        if (problems.hasErrors()) {
            LOG.error("The partnership files of catalog {} {} do not pass the checks they passed when its jar was built",
                    manifest.id(), manifest.version());
            return new LazyPartnerships.Checked(null, problems.sorted());
        }
        LOG.debug("Checked the partnership files of catalog {} on first use in {} ms", manifest.id(),
                (System.nanoTime() - started) / 1_000_000);
        return new LazyPartnerships.Checked(checked.files().isEmpty() ? PartnershipRules.NONE
                : new PartnershipRules(checked.printed(), checked.rules(), adjacency, null, inputs), List.of());
    }

    private List<RuleInfo> readRules(List<DrlFile> files, Manifest manifest, Reasons reasons, ProblemCollector problems) {
        List<RuleInfo> rules = new ArrayList<>();
        Map<String, RuleInfo> byName = new HashMap<>();
        int fileIndex = 0;
        RuleTerms terms = terms(manifest);
        for (DrlFile file : files) {
            // a file left alone since it passed the grammar and the types cleanly passes them again (CleanFiles)
            List<Object> checks = CleanFiles.key("grammar and types", Vocabulary.Kind.SCORING, file, terms);
            boolean clean = CleanFiles.passed(checks);
            int before = problems.size();
            Set<String> outside = clean ? Set.of() : RuleGrammar.rulesOutside(file, problems, terms);
            int found = problems.size() - before;
            for (RuleDescr rule : file.descr().getRules()) {
                if (!clean && !outside.contains(rule.getName())) {
                    // every mistake in one run: a rule inside the grammar has its types checked even when another is not
                    int typesBefore = problems.size();
                    ComparisonCheck.check(rule, file, problems);
                    found += problems.size() - typesBefore;
                }
                int order = fileIndex * 100_000 + rule.getLine();
                int end = rule.getEndLine() > 0 ? Math.min(rule.getEndLine(), file.lines().size()) : file.lines().size();
                String source = String.join("\n", file.lines().subList(Math.max(0, rule.getLine() - 1), end));
                RuleInfo info = RuleMetadata.read(rule, file.path(), order, manifest, reasons, problems, source,
                        MetadataPlaces.of(rule, file.text()));
                RuleInfo earlier = byName.get(rule.getName());
                if (earlier != null) {
                    problems.error(file.path(), rule.getLine(), 0, rule.getName(), "RULE-DUPLICATE-NAME",
                            earlier.file(), earlier.line());
                } else if (info != null) {
                    byName.put(rule.getName(), info);
                    rules.add(info);
                }
            }
            if (!clean && found == 0) {
                CleanFiles.pass(checks);
            }
            fileIndex++;
        }
        return rules;
    }

    /**
     * Grille's tree of each file and the DRL printed from it: what Drools will compile. Only a catalog whose every file
     * reads into a tree goes further; a file the grammar refused is not read again (its mistakes are already listed).
     */
    private static List<PrintedFile> print(List<DrlFile> files, Vocabulary.Kind kind, Manifest manifest, ProblemCollector problems,
                                           Map<String, Long> costs) {
        return print(files, kind, manifest, problems, costs, Set.of());
    }

    /** {@link #print(List, Vocabulary.Kind, Manifest, ProblemCollector, Map)}, with the partnership rules marked symmetric. */
    private static List<PrintedFile> print(List<DrlFile> files, Vocabulary.Kind kind, Manifest manifest, ProblemCollector problems,
                                           Map<String, Long> costs, Set<String> symmetric) {
        if (problems.hasErrors()) {
            return List.of();
        }
        List<PrintedFile> printed = new ArrayList<>();
        for (DrlFile file : files) {
            PrintedFile one = CleanFiles.printed(file, kind, terms(manifest), symmetric, problems);
            if (one != null) {
                printed.add(one);
            }
        }
        if (!printed.isEmpty()) {
            costs.putAll(CostEstimate.check(printed.stream().map(PrintedFile::tree).toList(), kind, problems));
        }
        return printed;
    }

    /** Checks partnership files against the batch vocabulary and reads each rule's partnership metadata. */
    private static List<PartnershipRule> readPartnershipRules(List<DrlFile> files, Manifest manifest, Reasons reasons,
                                                              ProblemCollector problems) {
        List<PartnershipRule> rules = new ArrayList<>();
        Map<String, PartnershipRule> byName = new HashMap<>();
        RuleTerms terms = terms(manifest);
        for (DrlFile file : files) {
            List<Object> checks = CleanFiles.key("grammar and types", Vocabulary.Kind.PARTNERSHIP, file, terms);
            boolean clean = CleanFiles.passed(checks);
            int before = problems.size();
            boolean checkTypes = !clean && RuleGrammar.check(file, problems, terms, Vocabulary.Kind.PARTNERSHIP);
            int found = problems.size() - before;
            for (RuleDescr rule : file.descr().getRules()) {
                if (checkTypes) {
                    int typesBefore = problems.size();
                    ComparisonCheck.check(rule, file, problems);
                    found += problems.size() - typesBefore;
                }
                PartnershipRule info = PartnershipMetadata.read(rule, file.path(), manifest, reasons, problems,
                        MetadataPlaces.of(rule, file.text()));
                PartnershipRule earlier = byName.get(rule.getName());
                if (earlier != null) {
                    problems.error(file.path(), rule.getLine(), 0, rule.getName(), "RULE-DUPLICATE-NAME", earlier.file(), earlier.line());
                } else if (info != null) {
                    byName.put(rule.getName(), info);
                    rules.add(info);
                }
            }
            if (!clean && found == 0) {
                CleanFiles.pass(checks);
            }
        }
        return rules;
    }

    /**
     * Vocabulary members the manifest declares protected or proxies beyond what the vocabulary already leaves out
     * ({@code project.boroughsServed} becomes {@code Project.boroughsServed}): a rule reading one is refused.
     */
    /** What the manifest adds to the vocabulary: withheld members and the declared objectives. */
    static RuleTerms terms(Manifest manifest) {
        return new RuleTerms(protectedMembers(manifest), manifest.objectiveIds().stream().map(Objective::id).toList());
    }

    private static Set<String> protectedMembers(Manifest manifest) {
        Set<String> members = new HashSet<>();
        List<String> paths = new ArrayList<>(manifest.protectedAttributes());
        manifest.proxyAttributes().forEach(proxy -> paths.add(proxy.field()));
        for (String path : paths) {
            int dot = path.indexOf('.');
            if (dot > 0 && path.indexOf('.', dot + 1) < 0) {
                String owner = Character.toUpperCase(path.charAt(0)) + path.substring(1, dot);
                members.add(owner + "." + path.substring(dot + 1));
            }
        }
        return Set.copyOf(members);
    }

    /** Files parsed lately, by path and text: in a watch session, only the file a save changed is parsed again. */
    private static final RecentResults<List<String>, DrlFile> PARSED = new RecentResults<>(64);

    private Optional<DrlFile> parse(String path, String text, ProblemCollector problems) {
        // only a file that parses whole is kept: a broken one's problems are reported again on every run
        DrlFile whole = PARSED.get(List.of(path, text), () -> parseWhole(path, text));
        return whole != null ? Optional.of(whole) : parseRuleByRule(path, text, problems);
    }

    private static DrlFile parseWhole(String path, String text) {
        DrlParser parser = new DrlParser();
        try {
            PackageDescr descr = parser.parse(false, text);
            return parser.hasErrors() || descr == null ? null : new DrlFile(path, text, text.lines().toList(), descr);
        } catch (DroolsParserException e) {
            return null;
        }
    }

    /**
     * A file that does not parse whole: each rule is parsed on its own, under the file's header. A broken rule is
     * reported (in the words {@link StaffSyntax} has for it, or the parser's told plainly) and blanked out; every other
     * rule is still read and checked, so one run reports every mistake of the file.
     */
    private Optional<DrlFile> parseRuleByRule(String path, String text, ProblemCollector problems) {
        List<StaffSyntax.Chunk> chunks = StaffSyntax.chunks(text);
        List<StaffSyntax.Chunk> rules = chunks.stream().filter(StaffSyntax.Chunk::isRule).toList();
        String header = StaffSyntax.blank(text, rules);
        List<StaffSyntax.Chunk> broken = new ArrayList<>();
        if (!syntaxProblems(path, header, chunks.get(0), problems).isEmpty()) {
            return Optional.empty();
        }
        for (StaffSyntax.Chunk rule : rules) {
            if (!syntaxProblems(path, StaffSyntax.only(text, chunks, rule), rule, problems).isEmpty()) {
                broken.add(rule);
            }
        }
        String kept = StaffSyntax.blank(text, broken);
        DrlParser parser = new DrlParser();
        try {
            PackageDescr descr = parser.parse(false, kept);
            if (!parser.hasErrors() && descr != null) {
                // the author's lines, for quoting; the rules that parsed, for checking
                return Optional.of(new DrlFile(path, text, text.lines().toList(), descr));
            }
        } catch (DroolsParserException e) {
            LOG.debug("{}: the rules that parse alone do not parse together", path, e);
        }
        problems.error(path, 0, 0, null, "DRL-SYNTAX", messages.get("syntax.other"));
        return Optional.empty();
    }

    /**
     * Parses {@code text} (one rule under the header, the rest blank) and reports what is wrong with {@code chunk}:
     * the mistake {@link StaffSyntax} names when it finds one, else each parser error told plainly. Empty when it parses.
     */
    private List<String> syntaxProblems(String path, String text, StaffSyntax.Chunk chunk, ProblemCollector problems) {
        DrlParser parser = new DrlParser();
        List<String> errors = new ArrayList<>();
        List<int[]> places = new ArrayList<>();
        try {
            PackageDescr descr = parser.parse(false, text);
            for (DroolsError error : parser.getErrors()) {
                errors.add(error.getMessage());
                places.add(new int[] {error instanceof ParserError p ? p.getRow() : firstLine(error),
                        error instanceof ParserError p ? p.getCol() + 1 : 0});
            }
            if (descr == null && errors.isEmpty()) {
                errors.add("");
                places.add(new int[] {chunk.firstLine(), 0});
            }
        } catch (DroolsParserException e) {
            errors.add(e.getMessage());
            places.add(new int[] {e.getLineNumber(), e.getColumn()});
        }
        if (errors.isEmpty()) {
            return errors;
        }
        for (int[] place : places) {
            if (place[0] <= 0) {
                // the parser's error at the end of the file has no row: the rule's last written line is where it ends
                place[0] = lastWrittenLine(text, chunk);
                place[1] = 0;
            }
        }
        StaffSyntax.Mistake mistake = StaffSyntax.mistake(text, chunk);
        if (mistake != null) {
            problems.error(path, mistake.line(), mistake.column(), mistake.rule(), mistake.code(), mistake.arguments().toArray());
        } else {
            for (int i = 0; i < errors.size(); i++) {
                problems.error(path, places.get(i)[0], places.get(i)[1], chunk.rule(), "DRL-SYNTAX",
                        SyntaxError.describe(errors.get(i), messages));
            }
        }
        return errors;
    }

    private static int lastWrittenLine(String text, StaffSyntax.Chunk chunk) {
        List<String> lines = text.lines().toList();
        for (int line = Math.min(chunk.lastLine(), lines.size()); line > chunk.firstLine(); line--) {
            if (!lines.get(line - 1).isBlank()) {
                return line;
            }
        }
        return Math.max(1, chunk.firstLine());
    }

    private static int firstLine(DroolsError error) {
        int[] lines = error.getLines();
        return lines != null && lines.length > 0 ? lines[0] : 0;
    }

    private Reasons readReasons(CatalogSource source, Manifest manifest, Map<String, byte[]> contents, ProblemCollector problems) {
        String frenchFile = manifest.reasons() + ".properties";
        String englishFile = manifest.reasons() + "_en.properties";
        Map<String, String> french = readProperties(source, frenchFile, contents, problems);
        Map<String, String> english = readProperties(source, englishFile, contents, problems);
        return new Reasons(french, english, contents.containsKey(frenchFile), contents.containsKey(englishFile));
    }

    private Map<String, String> readProperties(CatalogSource source, String path, Map<String, byte[]> contents, ProblemCollector problems) {
        Optional<byte[]> bytes = read(source, path, problems);
        if (bytes.isEmpty()) {
            if (source.refusal(path).isEmpty()) {
                problems.error(ManifestReader.FILE, 0, 0, null, "MANIFEST-REASONS-MISSING", path);
            }
            return Map.of();
        }
        contents.put(path, bytes.get());
        String text = decode(bytes.get(), path, problems);
        if (text != null && !RawText.check(path, text, problems)) {
            // a reason reaches every output: letters, the report, the terminal
            return Map.of();
        }
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text == null ? "" : text));
        } catch (IOException | IllegalArgumentException e) {
            problems.error(path, 0, 0, null, "REASONS-UNREADABLE", e.getMessage());
        }
        Map<String, String> map = new HashMap<>();
        properties.forEach((k, v) -> map.put(k.toString(), v.toString().strip()));
        return map;
    }

    /**
     * The file's bytes, or empty: when the source refuses it (outside the catalog's folder, not a regular file, too
     * large), that is reported here, with the file's name and nothing of its content.
     */
    private static Optional<byte[]> read(CatalogSource source, String path, ProblemCollector problems) {
        Optional<byte[]> bytes = source.read(path);
        if (bytes.isEmpty()) {
            source.refusal(path).ifPresent(code -> problems.error(path, 0, 0, null, code, path,
                    DirectoryCatalogSource.MAX_FILE_BYTES / 1024));
        }
        return bytes;
    }

    private static String decode(byte[] bytes, String path, ProblemCollector problems) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            problems.error(path, 0, 0, null, "FILE-NOT-UTF8");
            return null;
        }
    }

    /** Every file read but the scoring rule files: what the partnership rules and their checks may depend on. */
    private static Map<String, byte[]> withoutScoringRules(Map<String, byte[]> contents, Manifest manifest) {
        Map<String, byte[]> kept = new LinkedHashMap<>(contents);
        manifest.ruleFiles().stream().filter(path -> !manifest.partnershipFiles().contains(path)).forEach(kept::remove);
        return kept;
    }

    /** SHA-256 over each file's path and bytes, in a fixed order, so the same content gives the same fingerprint anywhere. */
    private static String fingerprint(Map<String, byte[]> contents) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            contents.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
                digest.update(entry.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(entry.getValue());
                digest.update((byte) 0);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
