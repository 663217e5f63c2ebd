/** The service interface a scoring engine implements. Not for applications. */
package org.grille.api.spi;
