/** The fairness gate a catalog passes before it goes live, and the audit of a scored batch. */
package org.grille.engine.fairness;
