/** One application through the rules: its facts, the session, the firings and the explained tally. */
package org.grille.engine.scoring;
