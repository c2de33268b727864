package vn.vungcao.ssg.text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

/**
 * JSON text of maps, lists, strings, numbers, booleans and nulls, written by Jackson's streaming
 * generator: compact, maps in their iteration order, decimals as plain digits. The values the site
 * writes are all of these kinds, so no data binding is needed (starting Jackson's, the
 * {@code ObjectMapper}, costs a cold build some 50 ms). Another kind of value is a bug and throws.
 */
public final class Json {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private Json() {
    }

    /** The JSON of {@code value}, in UTF-8. */
    public static byte[] bytes(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            write(g, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The JSON of {@code value}, safe inside an HTML {@code <script>} element or a script: every
     * {@code <}, {@code >}, {@code &}, U+2028 and U+2029 is written as a {@code \\u} escape, so no
     * text ({@code </script>}, {@code <!--<script>}) can end the element or change how the browser
     * reads the rest of the page. Same value as {@link #text}.
     */
    public static String forScript(Object value) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setCharacterEscapes(ScriptEscapes.INSTANCE);
            write(g, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Jackson's standard escapes, and a {@code \\u} escape for the characters HTML and older JavaScript read as markup or line ends. */
    private static final class ScriptEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        static final ScriptEscapes INSTANCE = new ScriptEscapes();
        private final int[] escapes;

        private ScriptEscapes() {
            int[] e = standardAsciiEscapesForJSON();
            e['<'] = ESCAPE_STANDARD;
            e['>'] = ESCAPE_STANDARD;
            e['&'] = ESCAPE_STANDARD;
            this.escapes = e;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch == 0x2028) return new SerializedString("\\u2028");
            if (ch == 0x2029) return new SerializedString("\\u2029");
            return null;
        }
    }

    /** The JSON of {@code value}. */
    public static String text(Object value) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            write(g, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void write(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            g.writeNumber(((Number) value).intValue());
        } else if (value instanceof Long l) {
            g.writeNumber(l);
        } else if (value instanceof Double d) {
            g.writeNumber(d);
        } else if (value instanceof Float f) {
            g.writeNumber(f);
        } else if (value instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (value instanceof BigInteger i) {
            g.writeNumber(i);
        } else if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof Collection<?> list) {
            g.writeStartArray();
            for (Object o : list) write(g, o);
            g.writeEndArray();
        } else if (value instanceof Object[] array) {
            g.writeStartArray();
            for (Object o : array) write(g, o);
            g.writeEndArray();
        } else {
            throw new IllegalArgumentException("no JSON for a " + value.getClass().getName());
        }
    }
}
