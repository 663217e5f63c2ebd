/** Applications in and assessments out as JSON (Jackson 3, relocated), with the JSON path of every problem. */
package org.grille.engine.json;
