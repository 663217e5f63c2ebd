package org.grille.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.grille.api.ApplicationBatch;
import org.grille.api.Assessment;
import org.grille.api.BatchResult;
import org.grille.api.JsonCodec;
import org.grille.api.Scorer;
import org.grille.api.application.Application;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The converter and the problem details through Spring MVC, with Spring Boot's own Jackson present beside them. */
class GrilleWebMvcTest {

    private static final String MISSPELLED = "coCreationWorkshopAtended";

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class,
                    HttpMessageConvertersAutoConfiguration.class, WebMvcAutoConfiguration.class,
                    MetricsAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class,
                    SimpleMetricsExportAutoConfiguration.class, GrilleAutoConfiguration.class,
                    GrilleMetricsAutoConfiguration.class, GrilleWebMvcAutoConfiguration.class))
            .withPropertyValues("grille.warm-up.enabled=false")
            .withUserConfiguration(Endpoints.class);

    interface WithMvc {
        void run(MockMvc mvc, Scorer scorer, MeterRegistry registry) throws Exception;
    }

    private void run(WithMvc test) {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            test.run(MockMvcBuilders.webAppContextSetup(context).build(), context.getBean(Scorer.class),
                    context.getBean(MeterRegistry.class));
        });
    }

    @Test
    void scores_an_application_as_json_codec_does() {
        run((mvc, scorer, registry) -> {
            String body = Samples.strongApplication();
            Assessment direct = scorer.assess(JsonCodec.standard().readApplication(body));
            mvc.perform(post("/assessments").contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.applicationId").value(direct.applicationId()))
                    .andExpect(jsonPath("$.total").value(direct.total()))
                    .andExpect(jsonPath("$.catalog.fingerprint").value(direct.catalog().fingerprint()))
                    .andExpect(content().json(JsonCodec.standard().writeAssessment(direct), true));
        });
    }

    @Test
    void a_misspelled_field_is_a_400_with_its_path_line_and_column_in_french_by_default() {
        run((mvc, scorer, registry) -> {
            String body = Samples.strongApplication().replace("coCreationWorkshopAttended", MISSPELLED);
            int line = lineOf(body, MISSPELLED);
            mvc.perform(post("/assessments").contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(header().string("Content-Language", "fr"))
                    .andExpect(jsonPath("$.type").value("urn:grille:problem:invalid-application"))
                    .andExpect(jsonPath("$.title").value("Demande illisible ou invalide"))
                    .andExpect(jsonPath("$.violations[0].path").value("$.project." + MISSPELLED))
                    .andExpect(jsonPath("$.violations[0].line").value(line))
                    .andExpect(jsonPath("$.violations[0].column").value(5))
                    .andExpect(jsonPath("$.violations[0].message").value(org.hamcrest.Matchers.startsWith("Champ inconnu")));
            assertThat(registry.get("grille.rejections").counter().count()).as("a body that could not be read is counted")
                    .isEqualTo(1);
        });
    }

    @Test
    void the_same_problem_in_english_when_the_request_asks_for_it() {
        run((mvc, scorer, registry) -> {
            String body = Samples.strongApplication().replace("coCreationWorkshopAttended", MISSPELLED);
            mvc.perform(post("/assessments").contentType(MediaType.APPLICATION_JSON).content(body)
                            .header("Accept-Language", "de-DE, en;q=0.8, fr;q=0.5"))
                    .andExpect(status().isBadRequest())
                    .andExpect(header().string("Content-Language", "en"))
                    .andExpect(jsonPath("$.title").value("Unreadable or invalid application"))
                    .andExpect(jsonPath("$.violations[0].path").value("$.project." + MISSPELLED))
                    .andExpect(jsonPath("$.violations[0].message").value(org.hamcrest.Matchers.startsWith("Unknown field")));
        });
    }

    @Test
    void a_problem_found_after_reading_still_gets_its_line_and_column() {
        run((mvc, scorer, registry) -> {
            String body = Samples.strongApplication().replace("\"end\": \"2028-10-31\"", "\"end\": \"2026-10-31\"");
            mvc.perform(post("/assessments").contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.applicationId").value("MI-2027-001"))
                    .andExpect(jsonPath("$.violations[0].path").value("$.project.end"))
                    .andExpect(jsonPath("$.violations[0].line").value(lineOf(body, "\"end\"")))
                    .andExpect(jsonPath("$.violations[0].column").value(org.hamcrest.Matchers.greaterThan(0)));
        });
    }

    @Test
    void a_problem_the_french_scorer_finds_is_said_in_english_when_the_request_asks_for_it() {
        run((mvc, scorer, registry) -> {
            String body = Samples.strongApplication().replace("\"end\": \"2028-10-31\"", "\"end\": \"2026-10-31\"");
            String french = mvc.perform(post("/assessments").contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isBadRequest()).andExpect(header().string("Content-Language", "fr"))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            String english = mvc.perform(post("/assessments").contentType(MediaType.APPLICATION_JSON).content(body)
                            .header("Accept-Language", "en-CA"))
                    .andExpect(status().isBadRequest())
                    .andExpect(header().string("Content-Language", "en"))
                    .andExpect(jsonPath("$.violations[0].path").value("$.project.end"))
                    .andExpect(jsonPath("$.violations[0].line").value(lineOf(body, "\"end\"")))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            String frenchMessage = com.jayway.jsonpath.JsonPath.read(french, "$.violations[0].message");
            String englishMessage = com.jayway.jsonpath.JsonPath.read(english, "$.violations[0].message");
            String frenchDetail = com.jayway.jsonpath.JsonPath.read(french, "$.detail");
            String englishDetail = com.jayway.jsonpath.JsonPath.read(english, "$.detail");
            assertThat(englishMessage).as("the violation in the request's language").isNotEqualTo(frenchMessage)
                    .contains("before");
            assertThat(englishDetail).as("the summary too").isNotEqualTo(frenchDetail).contains("MI-2027-001");
        });
    }

    @Test
    void scores_a_batch_and_reports_its_unreadable_entries() {
        run((mvc, scorer, registry) -> {
            String body = Samples.applications();
            BatchResult direct = scorer.assessAll(JsonCodec.standard()
                    .readBatch(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))));
            mvc.perform(post("/batches").contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.assessments.length()").value(direct.assessments().size()))
                    .andExpect(jsonPath("$.rejections.length()").value(direct.rejections().size()))
                    .andExpect(jsonPath("$.assessments[0].total").value(direct.assessments().get(0).total()));
        });
    }

    @Test
    void a_list_with_one_unreadable_entry_is_refused_whole_with_its_path() {
        run((mvc, scorer, registry) -> {
            String good = Samples.strongApplication();
            String bad = good.replace("\"MI-2027-001\"", "\"MI-2027-002\"").replace("coCreationWorkshopAttended", MISSPELLED);
            mvc.perform(post("/lists").contentType(MediaType.APPLICATION_JSON).content("[" + good + "," + bad + "]"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.violations[0].path").value("$[1].project." + MISSPELLED));
            mvc.perform(post("/lists").contentType(MediaType.APPLICATION_JSON).content("[" + good + "]"))
                    .andExpect(status().isOk()).andExpect(content().string("1"));
        });
    }

    @Test
    void the_application_can_keep_the_web_layer_to_itself() {
        runner.withPropertyValues("grille.web.enabled=false").run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(Scorer.class)
                    .doesNotHaveBean(GrilleHttpMessageConverter.class).doesNotHaveBean(GrilleProblemDetails.class);
        });
    }

    private static int lineOf(String text, String needle) {
        String before = text.substring(0, text.indexOf(needle));
        return (int) before.chars().filter(c -> c == '\n').count() + 1;
    }

    @RestController
    static class Endpoints {
        private final Scorer scorer;

        Endpoints(Scorer scorer) {
            this.scorer = scorer;
        }

        @PostMapping("/assessments")
        Assessment assess(@RequestBody Application application) {
            return scorer.assess(application);
        }

        @PostMapping("/batches")
        BatchResult assessAll(@RequestBody ApplicationBatch batch) {
            return scorer.assessAll(batch);
        }

        @PostMapping("/lists")
        int count(@RequestBody List<Application> applications) {
            return applications.size();
        }
    }
}
