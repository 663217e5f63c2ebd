package org.grille.engine.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.drools.drl.ast.descr.BaseDescr;
import org.junit.jupiter.api.Test;

/**
 * Every descriptor class Drools' parser can produce is either read by {@link RuleTreeReader} or refused by it, by name ({@link Descriptors}).
 * A Drools upgrade that adds a descriptor fails here until someone decides which.
 */
class DescriptorCoverageTest {

    @Test
    void everyDescriptorClassOfDroolsIsHandledOrRefused() throws Exception {
        List<String> unaccounted = new ArrayList<>();
        List<Class<?>> descriptors = descriptorClasses();
        for (Class<?> type : descriptors) {
            String simple = type.getName().substring(type.getName().lastIndexOf('.') + 1);
            boolean handled = Descriptors.HANDLED.contains(type) || Descriptors.NOT_PRINTED.contains(type);
            boolean refused = Descriptors.REFUSED.containsKey(simple);
            if (handled == refused) {
                unaccounted.add(simple + (handled ? " (both handled and refused)" : ""));
            }
        }
        assertThat(descriptors).as("the scan found Drools' descriptors").hasSizeGreaterThan(50);
        assertThat(unaccounted).as("descriptor classes neither handled nor refused").isEmpty();
    }

    @Test
    void everyRefusedNameIsADescriptorDroolsShips() throws Exception {
        List<String> shipped = descriptorClasses().stream()
                .map(type -> type.getName().substring(type.getName().lastIndexOf('.') + 1)).toList();
        assertThat(shipped).containsAll(Descriptors.REFUSED.keySet());
    }

    /** Every subclass of BaseDescr, abstract ones too, in Drools' parser jars (AST and parser), loaded without initializing it. */
    private static List<Class<?>> descriptorClasses() throws IOException, URISyntaxException {
        List<Class<?>> found = new ArrayList<>();
        for (Class<?> anchor : List.of(BaseDescr.class, org.drools.drl.parser.DrlParser.class)) {
            Path jar = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (JarFile file = new JarFile(jar.toFile())) {
                for (JarEntry entry : java.util.Collections.list(file.entries())) {
                    String name = entry.getName();
                    if (!name.endsWith(".class") || name.equals("module-info.class")) {
                        continue;
                    }
                    Class<?> type;
                    try {
                        type = Class.forName(name.substring(0, name.length() - 6).replace('/', '.'), false,
                                DescriptorCoverageTest.class.getClassLoader());
                    } catch (ClassNotFoundException | LinkageError e) {
                        continue; // a class of an optional dependency: not one the parser can produce here
                    }
                    if (BaseDescr.class.isAssignableFrom(type) && type != BaseDescr.class && !type.isInterface()
                            && !found.contains(type)) {
                        found.add(type);
                    }
                }
            }
        }
        return found;
    }
}
