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
import java.util.Locale;
import org.grille.api.Explanation;
import org.grille.api.report.ApplicantLetter;
import org.grille.engine.catalog.Manifest;
import org.grille.engine.catalog.Reasons;
import org.grille.engine.messages.Messages;

/**
 * Writes the letter to one applicant as one self-contained HTML page in the application's language, laid out for the
 * screen and for print (A4 or Letter, no page break inside a section). Like the report, every value is escaped by the
 * precompiled jte template and invisible or bidirectional characters are shown by their code.
 */
public final class HtmlLetter {

    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(null, ContentType.Html,
            HtmlLetter.class.getClassLoader(), "org.grille.engine.report.templates");

    private final Manifest manifest;
    private final Reasons reasons;
    private final Locale locale;

    /** A letter writer for the letters of one language. */
    public HtmlLetter(Manifest manifest, Reasons reasons, Locale locale) {
        this.manifest = manifest;
        this.reasons = reasons;
        this.locale = locale;
    }

    /** Writes the letter in UTF-8; {@code explanation} is the assessment's, made in this writer's language. */
    public void write(ApplicantLetter letter, Explanation explanation, OutputStream out) {
        LetterPage page = new LetterBuilder(manifest, reasons, new Words(new Messages(locale), manifest.rubric()), locale).build(letter, explanation);
        try {
            Writer writer = new ShownCharacters(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 14));
            TEMPLATES.render("letter.jte", page, new WriterOutput(writer));
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
