package org.grille.engine.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.WriterOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.grille.api.Assessment;
import org.grille.api.Explanation;
import org.grille.api.report.CommitteeReport;
import org.grille.engine.messages.Messages;
import org.grille.engine.catalog.Manifest;

/**
 * Writes a {@link CommitteeReport} as one self-contained HTML page. The page is laid out by jte templates
 * ({@code src/main/jte}) that were compiled to Java at build time: a template that does not type-check fails the
 * build, and every value is escaped for where it lands (element text or attribute), so an application's title can
 * never become markup. Charts are inline SVG computed here; nothing is fetched when the page opens.
 */
public final class HtmlReport {

    /** Loads the precompiled template classes from this jar: no compiler, no template files at run time. */
    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(null, ContentType.Html,
            HtmlReport.class.getClassLoader(), "org.grille.engine.report.templates");

    private final Manifest manifest;
    private final Words words;
    private final Function<Assessment, Explanation> explain;

    /**
     * A report writer in the language of {@code messages}.
     *
     * @param explain an assessment's points still open, for its card
     */
    public HtmlReport(Manifest manifest, Messages messages, Function<Assessment, Explanation> explain) {
        this.manifest = manifest;
        this.words = new Words(messages, manifest.rubric());
        this.explain = explain;
    }

    /** Writes the page in UTF-8; leaves {@code out} open. */
    public void write(CommitteeReport report, OutputStream out) {
        ReportPage page = new PageBuilder(report, manifest, words, explain).build();
        try {
            Writer writer = new ShownCharacters(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16));
            TEMPLATES.render("report.jte", page, new WriterOutput(writer));
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
