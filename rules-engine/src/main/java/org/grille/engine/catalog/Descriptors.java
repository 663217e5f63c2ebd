package org.grille.engine.catalog;

import java.util.Map;
import java.util.Set;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Every descriptor class of Drools' parser, in one of three lists: what {@link RuleTreeReader} reads into Grille's
 * tree, what Grille reads for itself and never prints, and what is refused wherever it appears. A Drools upgrade that
 * adds a descriptor fails {@code DescriptorCoverageTest} until someone puts it in one of them.
 */
final class Descriptors {

    private Descriptors() {
    }

    /** The descriptor classes the reader turns into tree nodes. Every other one is refused. */
    static final Set<Class<? extends BaseDescr>> HANDLED = Set.of(PackageDescr.class, RuleDescr.class, AndDescr.class,
            OrDescr.class, NotDescr.class, ExistsDescr.class, ForallDescr.class, PatternDescr.class, ExprConstraintDescr.class,
            FromDescr.class, AccumulateDescr.class, ConstraintConnectiveDescr.class, RelationalExprDescr.class,
            AtomicExprDescr.class, BindingDescr.class);

    /**
     * Descriptors Grille reads for itself and never prints: the file's imports (the printer writes the vocabulary's)
     * and the rule's metadata ({@link RuleMetadata} reads it; Drools' builder would evaluate it as an expression).
     */
    static final Set<Class<? extends BaseDescr>> NOT_PRINTED = Set.of(ImportDescr.class,
            AnnotationDescr.class);

    /**
     * Every other descriptor class of Drools' parser, with the words the guide uses for it: refused wherever it
     * appears, because the reader matches exact classes only. Listed so that a Drools upgrade that adds one fails
     * {@code DescriptorCoverageTest} until someone decides.
     */
    static final Map<String, String> REFUSED = Map.ofEntries(
            Map.entry("AbstractClassTypeDeclarationDescr", "declare"), Map.entry("TypeDeclarationDescr", "declare"),
            Map.entry("EnumDeclarationDescr", "declare enum"), Map.entry("TypeFieldDescr", "declare"),
            Map.entry("EnumLiteralDescr", "declare enum"), Map.entry("WindowDeclarationDescr", "declare window"),
            Map.entry("EntryPointDeclarationDescr", "declare entry-point"), Map.entry("FactTemplateDescr", "template"),
            Map.entry("FieldTemplateDescr", "template"), Map.entry("FunctionDescr", "function"),
            Map.entry("FunctionImportDescr", "import function"), Map.entry("AccumulateImportDescr", "import accumulate"),
            Map.entry("GlobalDescr", "global"), Map.entry("QueryDescr", "query"), Map.entry("UnitDescr", "unit"),
            Map.entry("AttributeDescr", "rule attribute"), Map.entry("NamedConsequenceDescr", "do[…] / break[…]"),
            Map.entry("ConditionalBranchDescr", "if … do[…]"), Map.entry("EvalDescr", "eval"),
            Map.entry("EvalDescr$DummyEvalDescr", "eval"), Map.entry("CollectDescr", "collect"),
            Map.entry("GroupByDescr", "groupby"), Map.entry("EntryPointDescr", "entry-point"),
            Map.entry("WindowReferenceDescr", "window"), Map.entry("BehaviorDescr", "over window"),
            Map.entry("PatternSourceDescr", "from"), Map.entry("MVELExprDescr", "expression"),
            Map.entry("PredicateDescr", "predicate"),
            Map.entry("ReturnValueDescr", "return value"), Map.entry("ActionDescr", "action"),
            Map.entry("AccessorDescr", "accessor"), Map.entry("DeclarativeInvokerDescr", "accessor"),
            Map.entry("FieldConstraintDescr", "constraint"), Map.entry("RestrictionDescr", "restriction"),
            Map.entry("RestrictionConnectiveDescr", "restriction"), Map.entry("LiteralRestrictionDescr", "restriction"),
            Map.entry("VariableRestrictionDescr", "restriction"), Map.entry("ReturnValueRestrictionDescr", "restriction"),
            Map.entry("QualifiedIdentifierRestrictionDescr", "restriction"),
            Map.entry("EvaluatorBasedRestrictionDescr", "restriction"), Map.entry("ConnectiveDescr", "connective"),
            Map.entry("LiteralDescr", "literal"), Map.entry("OperatorDescr", "operator"),
            Map.entry("ForFunctionDescr", "for"), Map.entry("ProcessDescr", "process"),
            Map.entry("Restriction", "restriction"), Map.entry("AnnotatedBaseDescr", "annotation"));
}
