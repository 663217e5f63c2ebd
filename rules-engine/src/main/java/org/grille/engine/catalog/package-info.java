/**
 * A catalog's folder to a compiled rule base. The bytes are checked, each rule file is read into Grille's own tree,
 * its cost is estimated, and Drools compiles only the DRL printed from that tree (see {@code DrlPrinter}).
 */
package org.grille.engine.catalog;
