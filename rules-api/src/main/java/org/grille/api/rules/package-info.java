/**
 * The rule vocabulary: facts the engine gives rules besides the application itself. See the catalog
 * guide for how a rule awards points or records a failed eligibility gate through its metadata.
 */
package org.grille.api.rules;
