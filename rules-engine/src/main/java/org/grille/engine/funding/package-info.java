/** Funding plans within the program's envelope: rank order or best total score, and their sensitivity. */
package org.grille.engine.funding;
