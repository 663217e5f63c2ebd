/**
 * Grille's Drools engine, found through {@link java.util.ServiceLoader}: the entry point that assembles the rooms
 * below it, in the order an application and a catalog flow through them. Nothing here is an API: embedders use
 * {@code rules-api}; these packages are public to one another only, and change without notice. Java has no visibility
 * between packages of one module short of {@code public}, so the boundary is drawn by the build instead: the engine is
 * a run-time dependency of {@code rules-catalog}, of the command line and of the Spring Boot starter, and the embedding
 * guide declares it the same way, so no code outside this module compiles against these classes. Within the module a
 * class is public only when another package, a jte template or the printed rules (the join guard and the pair window
 * Drools calls) use it.
 *
 * <ul>
 * <li>{@code messages}: every user-facing sentence, French first, English too.</li>
 * <li>{@code json} and {@code validation}: reading applications and checking them field by field.</li>
 * <li>{@code catalog}: a catalog's folder to a compiled rule base (grammar, tree, cost, printer, build).</li>
 * <li>{@code scoring}: one application through the rules to an explained assessment.</li>
 * <li>{@code scenario}: a catalog's own examples, run against it.</li>
 * <li>{@code fairness}: the gate before a catalog goes live, and the audit of a batch.</li>
 * <li>{@code live}: a catalog directory validated, published and watched, the last good copy kept.</li>
 * <li>{@code funding}: plans within the envelope. {@code partnerships}: suggestions between applicants.
 * {@code report}: the committee's page.</li>
 * </ul>
 */
package org.grille.engine;
