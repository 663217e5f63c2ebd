package org.grille.spring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.grille.api.Assessment;
import org.grille.api.JsonCodec;
import org.grille.api.Scorer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Assesses one bundled sample application once every singleton is built, before the web server takes requests and
 * before the application reports ready: the first real request then does not pay for class loading and Drools' first
 * session. A catalog whose rules fail on it stops the start.
 */
public final class GrilleWarmUp implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(GrilleWarmUp.class);
    private static final String SAMPLE = "warm-up-application.json";

    private final Scorer scorer;
    private final JsonCodec codec;
    private volatile Assessment assessment;

    /**
     * A warm-up of this scorer.
     *
     * @param scorer the scorer to warm up
     * @param codec  reads the sample application
     */
    public GrilleWarmUp(Scorer scorer, JsonCodec codec) {
        this.scorer = Objects.requireNonNull(scorer, "scorer");
        this.codec = Objects.requireNonNull(codec, "codec");
    }

    @Override
    public void afterSingletonsInstantiated() {
        long start = System.nanoTime();
        assessment = scorer.assess(codec.readApplication(sample()));
        LOG.info("Grille is warm: catalog {}, sample assessed in {} ms", scorer.catalog(), (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * The warm-up's assessment.
     *
     * @return the sample's assessment, or null before the warm-up ran
     */
    public Assessment assessment() {
        return assessment;
    }

    private static String sample() {
        try (InputStream in = GrilleWarmUp.class.getResourceAsStream(SAMPLE)) {
            return new String(Objects.requireNonNull(in, SAMPLE).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
