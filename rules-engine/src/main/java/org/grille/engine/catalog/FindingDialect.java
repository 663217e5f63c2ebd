package org.grille.engine.catalog;

import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.compiler.builder.impl.KnowledgeBuilderConfigurationImpl;
import org.drools.compiler.compiler.Dialect;
import org.drools.compiler.compiler.DescrBuildError;
import org.drools.compiler.compiler.PackageRegistry;
import org.drools.compiler.rule.builder.ConsequenceBuilder;
import org.drools.compiler.rule.builder.RuleBuildContext;
import org.drools.mvel.java.JavaDialect;
import org.drools.mvel.java.JavaForMvelDialectConfiguration;

/**
 * Drools' Java dialect, except that a consequence is never compiled: the grammar admits only an empty one or
 * {@code insert(new Finding("NAME"));} statements, and {@link FindingConsequence} does exactly that. A catalog's
 * consequence text so never reaches a compiler, and a catalog without an {@code accumulate} builds without the Java
 * compiler at all, which is most of the classic build's cold start. Conditions are built as before.
 */
final class FindingDialect extends JavaDialect {

    private static final ConsequenceBuilder CONSEQUENCES = FindingDialect::buildConsequence;

    private FindingDialect(ClassLoader rootClassLoader, KnowledgeBuilderConfigurationImpl configuration,
                           PackageRegistry registry, InternalKnowledgePackage pkg) {
        super(rootClassLoader, configuration, registry, pkg);
    }

    /** A builder configuration whose Java dialect is this one. */
    static KnowledgeBuilderConfigurationImpl configuration() {
        KnowledgeBuilderConfigurationImpl configuration = org.kie.internal.builder.KnowledgeBuilderFactory
                .newKnowledgeBuilderConfiguration().as(KnowledgeBuilderConfigurationImpl.KEY);
        Configuration java = new Configuration();
        java.init(configuration);
        configuration.setDialectConfiguration(ID, java);
        return configuration;
    }

    @Override
    public ConsequenceBuilder getConsequenceBuilder() {
        return CONSEQUENCES;
    }

    private static void buildConsequence(RuleBuildContext context, String name) {
        Object text = context.getRuleDescr().getConsequence();
        FindingConsequence consequence = RuleImpl.DEFAULT_CONSEQUENCE_NAME.equals(name)
                ? FindingConsequence.of(text == null ? "" : text.toString()) : null;
        if (consequence == null) {
            // The grammar refuses this before any build; a second line of defence, never seen by staff in practice.
            context.addError(new DescrBuildError(context.getParentDescr(), context.getRuleDescr(), null,
                    "Rule Compilation error: consequence '" + name + "' is not a list of insert(new Finding(\"NAME\"));"));
            return;
        }
        context.getRule().setRequiredDeclarationsForConsequence(name, new String[0]);
        context.getRule().setConsequence(consequence);
    }

    /** Drools makes a dialect per package through its configuration. */
    private static final class Configuration extends JavaForMvelDialectConfiguration {
        @Override
        public Dialect newDialect(ClassLoader rootClassLoader, KnowledgeBuilderConfigurationImpl configuration,
                                  PackageRegistry registry, InternalKnowledgePackage pkg) {
            return new FindingDialect(rootClassLoader, configuration, registry, pkg);
        }
    }
}
