package org.grille.engine.live;

import org.grille.api.CatalogValidation;
import org.grille.engine.catalog.CompiledCatalog;

/**
 * A validation and, when it compiled, the compiled catalog: what a reload publishes if the validation is valid.
 *
 * @param catalog    the compiled catalog, or null when it does not compile
 * @param validation every problem and scenario result
 */
public record Validated(CompiledCatalog catalog, CatalogValidation validation) {

    public boolean valid() {
        return validation.valid();
    }
}
