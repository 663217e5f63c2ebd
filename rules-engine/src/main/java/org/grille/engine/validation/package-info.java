/** An application checked field by field before any rule sees it. */
package org.grille.engine.validation;
