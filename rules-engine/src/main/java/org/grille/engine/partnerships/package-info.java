/** Partnership suggestions: a batch as facts of the batch vocabulary, and the pass that pairs applications. */
package org.grille.engine.partnerships;
