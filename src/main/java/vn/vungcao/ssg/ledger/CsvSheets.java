package vn.vungcao.ssg.ledger;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.vungcao.ssg.diag.Diagnostics;
import vn.vungcao.ssg.diag.Position;

/**
 * Reads a CSV file into rows of text cells: decodes it (a byte-order mark wins over the configured
 * encoding), then tries the delimiters {@code , ; tab} and keeps the first with which a header
 * row is found.
 */
final class CsvSheets {

    private static final char[] DELIMITERS = {',', ';', '\t'};
    private static final String SAVE_AS = "Open the bank's export in Excel and save it as 'CSV UTF-8 (Comma delimited)'";

    private CsvSheets() {
    }

    /** The file's rows, or empty after reporting {@code ledger.unreadable}. */
    static Optional<List<SheetRow>> read(byte[] bytes, LedgerSettings settings, String sitePath, Diagnostics d) {
        Position file = Position.ofFile(sitePath);
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            d.error("ledger.unreadable/xlsx-as-csv", file);
            return Optional.empty();
        }
        Optional<String> text = decode(bytes, settings.encoding(), file, d);
        if (text.isEmpty()) return Optional.empty();

        List<SheetRow> fallback = null;
        int badLine = -1;
        CsvFactory factory = new CsvFactory();
        for (char delimiter : DELIMITERS) {
            try {
                List<SheetRow> rows = parse(factory, text.get(), delimiter);
                if (Headers.find(rows, settings.layouts()).isPresent()) return Optional.of(rows);
                if (fallback == null) fallback = rows;
            } catch (IOException | RuntimeException e) {
                int line = e instanceof JacksonException je && je.getLocation() != null ? je.getLocation().getLineNr() : 0;
                if (badLine < 0) badLine = Math.max(line, 0);
            }
        }
        if (badLine < 0) return Optional.of(fallback);
        // no delimiter gives a table, and one of them stumbles on the quotes: the quotes are the likelier fault
        d.error("ledger.unreadable/quotes", file.at(badLine, 0));
        return Optional.empty();
    }

    private static Optional<String> decode(byte[] bytes, Charset configured, Position file, Diagnostics d) {
        Charset charset = configured;
        int skip = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            charset = StandardCharsets.UTF_8;
            skip = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        }
        String text;
        try {
            text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
                    .toString();
        } catch (CharacterCodingException e) {
            d.error("ledger.unreadable/encoding", file, charset.displayName());
            return Optional.empty();
        }
        if (text.indexOf('\0') >= 0) {
            d.error("ledger.unreadable/utf16", file, charset.displayName());
            return Optional.empty();
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        return Optional.of(Normalizer.normalize(text, Normalizer.Form.NFC));
    }

    /**
     * The records as rows of text cells, read token by token (the data-binding layer on top would
     * load some four hundred classes for lists of strings).
     */
    private static List<SheetRow> parse(CsvFactory factory, String text, char delimiter) throws IOException {
        List<SheetRow> rows = new ArrayList<>();
        try (CsvParser parser = factory.createParser(text)) {
            parser.setSchema(CsvSchema.emptySchema().withColumnSeparator(delimiter));
            List<SheetCell> cells = null;
            int column = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                switch (token) {
                    case START_ARRAY -> {
                        cells = new ArrayList<>();
                        column = 0;
                    }
                    case END_ARRAY -> {
                        rows.add(new SheetRow(rows.size() + 1, cells));
                        cells = null;
                    }
                    case VALUE_STRING, VALUE_NULL -> {
                        column++;
                        String value = token == JsonToken.VALUE_NULL ? "" : parser.getText();
                        if (cells != null && !value.isBlank()) cells.add(SheetCell.text(column, value));
                    }
                    default -> throw new IOException("unexpected " + token + " in a CSV record");
                }
            }
        }
        return rows;
    }
}
