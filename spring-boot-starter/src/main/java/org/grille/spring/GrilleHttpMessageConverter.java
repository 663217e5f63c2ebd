package org.grille.spring;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.grille.api.ApplicationBatch;
import org.grille.api.Assessment;
import org.grille.api.BatchResult;
import org.grille.api.FieldViolation;
import org.grille.api.InvalidApplicationException;
import org.grille.api.JsonCodec;
import org.grille.api.Rejection;
import org.grille.api.application.Application;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractGenericHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Reads applications and writes assessments through Grille's {@link JsonCodec}, so that a request body is read as
 * strictly as {@code JsonCodec} reads a file: an unknown or misspelled field, a wrong type or a key given twice is a
 * problem with its JSON path, line and column, never a field silently dropped.
 *
 * <p>Reads {@link Application}, {@link ApplicationBatch} (the entries that cannot be read become its rejections) and
 * {@code List<Application>} (refused as a whole when one entry cannot be read); writes {@link Application},
 * {@link Assessment} and {@link BatchResult}. A body that cannot be read is reported to the scorer's listeners as a
 * rejection (so {@code grille.rejections} counts it) and thrown as an {@link HttpMessageNotReadableException} whose
 * cause is the {@link InvalidApplicationException}, in the language of the request's {@code Accept-Language}.
 */
public final class GrilleHttpMessageConverter extends AbstractGenericHttpMessageConverter<Object> {

    /** Request attribute holding the body of an application read, to locate problems the scorer finds after reading. */
    static final String BODY_ATTRIBUTE = GrilleHttpMessageConverter.class.getName() + ".body";

    private final GrilleCodecs codecs;
    private final GrilleListeners listeners;
    private final long maxDocumentBytes;

    /**
     * A converter for {@code application/json} and {@code application/*+json}.
     *
     * @param codecs           the codecs, one per language
     * @param listeners        told of each body that cannot be read
     * @param maxDocumentBytes the largest body read, as the codecs' limits say
     */
    public GrilleHttpMessageConverter(GrilleCodecs codecs, GrilleListeners listeners, long maxDocumentBytes) {
        super(MediaType.APPLICATION_JSON, new MediaType("application", "*+json"));
        this.codecs = Objects.requireNonNull(codecs, "codecs");
        this.listeners = Objects.requireNonNull(listeners, "listeners");
        this.maxDocumentBytes = maxDocumentBytes;
    }

    @Override
    protected boolean supports(Class<?> clazz) {
        return clazz == Application.class || clazz == ApplicationBatch.class || clazz == Assessment.class
                || clazz == BatchResult.class;
    }

    @Override
    public boolean canRead(Class<?> clazz, MediaType mediaType) {
        return (clazz == Application.class || clazz == ApplicationBatch.class) && canRead(mediaType);
    }

    @Override
    public boolean canRead(Type type, Class<?> contextClass, MediaType mediaType) {
        return type instanceof Class<?> c ? canRead(c, mediaType) : isApplicationList(type) && canRead(mediaType);
    }

    @Override
    public boolean canWrite(Class<?> clazz, MediaType mediaType) {
        return (clazz == Application.class || clazz == Assessment.class || clazz == BatchResult.class)
                && canWrite(mediaType);
    }

    @Override
    public boolean canWrite(Type type, Class<?> clazz, MediaType mediaType) {
        return canWrite(clazz, mediaType);
    }

    private static boolean isApplicationList(Type type) {
        return type instanceof ParameterizedType p && p.getRawType() == List.class
                && p.getActualTypeArguments()[0] == Application.class;
    }

    @Override
    protected Object readInternal(Class<?> clazz, HttpInputMessage input) throws IOException {
        return read(clazz, null, input);
    }

    @Override
    public Object read(Type type, Class<?> contextClass, HttpInputMessage input) throws IOException {
        JsonCodec codec = codecs.codec(language(input.getHeaders()));
        try {
            if (type == Application.class) {
                return readApplication(codec, input.getBody());
            }
            ApplicationBatch batch = codec.readBatch(input.getBody());
            if (type == ApplicationBatch.class || batch.rejections().isEmpty()) {
                return type == ApplicationBatch.class ? batch : batch.applications();
            }
            batch.rejections().forEach(listeners.asListener()::applicationRejected);
            InvalidApplicationException whole = wholeList(batch);
            throw new HttpMessageNotReadableException(summary(whole), whole, input);
        } catch (InvalidApplicationException e) {
            listeners.asListener().applicationRejected(new Rejection(0, e.applicationId(), summary(e), e.violations()));
            throw new HttpMessageNotReadableException(summary(e), e, input);
        }
    }

    private Locale language(HttpHeaders headers) {
        return RequestLanguage.of(headers.getFirst(HttpHeaders.ACCEPT_LANGUAGE), codecs.defaultLocale());
    }

    private Application readApplication(JsonCodec codec, InputStream body) throws IOException {
        // read here, bounded as the codec bounds it, so the body can be kept for the error page
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxDocumentBytes + 1));
        Application application = codec.readApplication(new ByteArrayInputStream(bytes));
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(BODY_ATTRIBUTE, bytes, RequestAttributes.SCOPE_REQUEST);
        }
        return application;
    }

    /** A list has no room for rejections: one entry that cannot be read refuses the body, every problem listed. */
    private static InvalidApplicationException wholeList(ApplicationBatch batch) {
        List<FieldViolation> violations = new ArrayList<>();
        for (Rejection rejection : batch.rejections()) {
            if (rejection.violations().isEmpty()) {
                violations.add(new FieldViolation("$[" + rejection.index() + "]", rejection.message(), 0, 0));
            } else {
                violations.addAll(rejection.violations());
            }
        }
        return new InvalidApplicationException(null, batch.rejections().get(0).message(), violations);
    }

    /** The first line of the message: the violations follow on their own lines. */
    static String summary(Exception e) {
        String message = String.valueOf(e.getMessage());
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    @Override
    protected void writeInternal(Object value, Type type, HttpOutputMessage output) throws IOException {
        JsonCodec codec = codecs.defaultCodec();
        if (value instanceof BatchResult result) {
            codec.writeBatchResult(result, output.getBody());
            return;
        }
        String json = value instanceof Assessment assessment ? codec.writeAssessment(assessment)
                : codec.writeApplication((Application) value);
        output.getBody().write(json.getBytes(StandardCharsets.UTF_8));
    }
}
