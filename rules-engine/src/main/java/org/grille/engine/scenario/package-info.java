/** A catalog's scenarios: its own examples of what each rule must and must not do, run against it. */
package org.grille.engine.scenario;
