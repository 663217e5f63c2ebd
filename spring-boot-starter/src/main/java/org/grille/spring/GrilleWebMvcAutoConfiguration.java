package org.grille.spring;

import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * HTTP conventions for a Spring MVC application: {@link GrilleHttpMessageConverter} first among the message converters,
 * so that {@code @RequestBody Application} is read by Grille's strict codec and never by another JSON mapper, and
 * {@link GrilleProblemDetails} for Grille's exceptions. {@code grille.web.enabled=false} leaves the web layer to the
 * application (a service that only scores in batch jobs, or one with its own controller advice); it then owns the
 * warning of the embedding guide: bind applications with {@code JsonCodec}, never with another JSON mapper.
 */
@AutoConfiguration(after = GrilleAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(WebMvcConfigurer.class)
@ConditionalOnBean(GrilleCodecs.class)
@ConditionalOnProperty(prefix = "grille.web", name = "enabled", matchIfMissing = true)
public class GrilleWebMvcAutoConfiguration {

    /** Used by Spring. */
    public GrilleWebMvcAutoConfiguration() {
    }

    /**
     * The converter for applications and assessments.
     *
     * @param codecs     the codecs, one per language
     * @param listeners  told of each body that cannot be read
     * @param properties for the largest body
     * @return the converter
     */
    @Bean
    @ConditionalOnMissingBean
    public GrilleHttpMessageConverter grilleHttpMessageConverter(GrilleCodecs codecs, GrilleListeners listeners,
                                                                 GrilleProperties properties) {
        return new GrilleHttpMessageConverter(codecs, listeners, properties.getJson().getMaxDocumentBytes());
    }

    /**
     * Puts the converter first, ahead of any JSON mapper, whether or not Spring Boot already added it as a bean.
     *
     * @param converter the converter
     * @return the MVC configurer
     */
    @Bean
    public WebMvcConfigurer grilleWebMvcConfigurer(GrilleHttpMessageConverter converter) {
        return new WebMvcConfigurer() {
            @Override
            @SuppressWarnings("deprecation") // Spring Framework 7 deprecates it; it is the one hook both lines share.
            public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
                converters.removeIf(c -> c == converter);
                converters.add(0, converter);
            }
        };
    }

    /**
     * Problem details for Grille's exceptions.
     *
     * @param codecs the codecs
     * @return the controller advice
     */
    @Bean
    @ConditionalOnMissingBean
    public GrilleProblemDetails grilleProblemDetails(GrilleCodecs codecs) {
        return new GrilleProblemDetails(codecs);
    }
}
