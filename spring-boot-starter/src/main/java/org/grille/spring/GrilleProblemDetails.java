package org.grille.spring;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.grille.api.ApplicationBatch;
import org.grille.api.AssessmentException;
import org.grille.api.CatalogException;
import org.grille.api.CatalogProblem;
import org.grille.api.EngineLookupException;
import org.grille.api.FieldViolation;
import org.grille.api.InvalidApplicationException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Grille's exceptions as RFC 9457 problem details ({@code application/problem+json}), titled in the language of the
 * request's {@code Accept-Language} ({@code grille.locale} without it):
 * <ul>
 *   <li>an application that cannot be read or is invalid: 400, type {@code urn:grille:problem:invalid-application},
 *       with {@code applicationId} and {@code violations} [{@code path}, {@code line}, {@code column}, {@code message}];
 *       also when Spring reports it as an unreadable body;</li>
 *   <li>a rule that failed on an application: 422, {@code urn:grille:problem:assessment-failed}, with
 *       {@code applicationId}, {@code rule}, {@code file}, {@code line};</li>
 *   <li>a refused catalog: 422, {@code urn:grille:problem:catalog-refused}, with {@code problems} [{@code severity},
 *       {@code file}, {@code line}, {@code column}, {@code rule}, {@code code}, {@code message}];</li>
 *   <li>no engine on the class path: 500, {@code urn:grille:problem:engine-not-found}.</li>
 * </ul>
 * A refused catalog's problems stay in {@code grille.locale}: the catalog was compiled once, in that language.
 * Ordered before the application's own advice, so that Grille's exceptions are not answered as a generic bad request.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
public class GrilleProblemDetails {

    private final GrilleCodecs codecs;

    /**
     * Problem details in the codecs' languages.
     *
     * @param codecs the codecs, to locate problems found after reading and for the default language
     */
    public GrilleProblemDetails(GrilleCodecs codecs) {
        this.codecs = Objects.requireNonNull(codecs, "codecs");
    }

    /**
     * An application that cannot be read or is invalid.
     *
     * @param e       the exception, thrown or the cause of an unreadable body
     * @param request the request
     * @return 400 with every violation located
     */
    @ExceptionHandler(InvalidApplicationException.class)
    public ResponseEntity<ProblemDetail> invalidApplication(InvalidApplicationException thrown, HttpServletRequest request) {
        Locale locale = locale(request);
        InvalidApplicationException e = thrown.inLanguage(locale); // the scorer's own checks speak grille.locale
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-application", locale, e);
        if (e.applicationId() != null) {
            problem.setProperty("applicationId", e.applicationId());
        }
        List<FieldViolation> violations = located(e.violations() == null ? List.of() : e.violations(), request, locale);
        problem.setProperty("violations", violations.stream().map(GrilleProblemDetails::violation).toList());
        return respond(problem, locale);
    }

    /**
     * A rule that failed on one application.
     *
     * @param e       the exception
     * @param request the request
     * @return 422 naming the rule and where it is
     */
    @ExceptionHandler(AssessmentException.class)
    public ResponseEntity<ProblemDetail> assessmentFailed(AssessmentException e, HttpServletRequest request) {
        Locale locale = locale(request);
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "assessment-failed", locale, e);
        problem.setProperty("applicationId", e.applicationId());
        problem.setProperty("rule", e.rule());
        problem.setProperty("file", e.file());
        problem.setProperty("line", e.line());
        return respond(problem, locale);
    }

    /**
     * A catalog that cannot go live.
     *
     * @param e       the exception
     * @param request the request
     * @return 422 with every problem and where it is
     */
    @ExceptionHandler(CatalogException.class)
    public ResponseEntity<ProblemDetail> catalogRefused(CatalogException e, HttpServletRequest request) {
        Locale locale = locale(request);
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "catalog-refused", locale, e);
        List<CatalogProblem> problems = e.problems() == null ? List.of() : e.problems();
        problem.setProperty("problems", problems.stream().map(GrilleProblemDetails::catalogProblem).toList());
        return respond(problem, locale);
    }

    /**
     * No engine, or several, on the class path: a packaging mistake.
     *
     * @param e       the exception, whose message names the artifact to add
     * @param request the request
     * @return 500
     */
    @ExceptionHandler(EngineLookupException.class)
    public ResponseEntity<ProblemDetail> engineNotFound(EngineLookupException e, HttpServletRequest request) {
        Locale locale = locale(request);
        return respond(problem(HttpStatus.INTERNAL_SERVER_ERROR, "engine-not-found", locale, e), locale);
    }

    private Locale locale(HttpServletRequest request) {
        return RequestLanguage.of(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE), codecs.defaultLocale());
    }

    private static ProblemDetail problem(HttpStatus status, String kind, Locale locale, Exception e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, GrilleHttpMessageConverter.summary(e));
        problem.setType(URI.create("urn:grille:problem:" + kind));
        problem.setTitle(ProblemTitles.get("problem." + kind + ".title", locale));
        return problem;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem, Locale locale) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage()).body(problem);
    }

    /**
     * Problems the scorer finds after reading (a negative amount, an end before the start) carry no line: the body,
     * kept by the converter, says where each value was written.
     */
    private List<FieldViolation> located(List<FieldViolation> violations, HttpServletRequest request, Locale locale) {
        Object body = request.getAttribute(GrilleHttpMessageConverter.BODY_ATTRIBUTE);
        if (!(body instanceof byte[] bytes) || violations.stream().allMatch(v -> v.line() > 0)) {
            return violations;
        }
        ApplicationBatch.Positions positions = codecs.codec(locale).readBatch(new ByteArrayInputStream(bytes)).positions();
        return violations.stream().map(v -> v.line() > 0 ? v : positions.locate(0, v)).toList();
    }

    private static Map<String, Object> violation(FieldViolation v) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("path", v.path());
        map.put("line", v.line());
        map.put("column", v.column());
        map.put("message", v.message());
        return map;
    }

    private static Map<String, Object> catalogProblem(CatalogProblem p) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("severity", p.severity().name());
        map.put("file", p.file());
        map.put("line", p.line());
        map.put("column", p.column());
        map.put("rule", p.rule());
        map.put("code", p.code());
        map.put("message", p.message());
        return map;
    }
}
