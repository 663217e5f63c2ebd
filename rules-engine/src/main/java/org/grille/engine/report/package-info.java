/** The committee's self-contained HTML page: rankings, cards, charts, the plan and the audit. */
package org.grille.engine.report;
