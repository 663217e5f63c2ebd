/**
 * A grant application as the program's form collects it: {@link org.grille.api.application.Application},
 * its {@link org.grille.api.application.Organization}, {@link org.grille.api.application.Project},
 * {@link org.grille.api.application.Budget} and {@link org.grille.api.application.Partner}s.
 *
 * <p>Rules read these records directly. Fields are boxed so that a missing value stays visible and is
 * reported by validation instead of silently becoming 0 or false. Lists are never null.
 *
 * <p>{@link org.grille.api.application.Leadership} and the application's
 * {@link org.grille.api.application.Language} are protected: they exist for fairness audits, and a rule that
 * reads them is rejected by catalog validation.
 */
package org.grille.api.application;
