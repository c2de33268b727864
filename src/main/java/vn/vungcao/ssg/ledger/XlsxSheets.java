package vn.vungcao.ssg.ledger;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import vn.vungcao.ssg.diag.Diagnostics;
import vn.vungcao.ssg.diag.Position;

/**
 * Reads the first sheet of an Excel workbook into rows of cells: text cells as text, numbers as
 * numbers, cells formatted as dates as dates (formulas by their saved result).
 *
 * <p>An {@code .xlsx} file is a zip of XML parts; this reads the few it needs (the workbook, its
 * relations, the shared strings, the cell formats and the first sheet) with the JDK's zip and StAX
 * readers, rather than with Apache POI: POI 5.5.1 (13 MB of jars with its XMLBeans schemas) took
 * 0.73 s and 130 MB in a fresh JVM to read the example's one-month workbook, where this takes
 * 0.11 s and 51 MB, and a deploy reads the statements in a fresh JVM every time. The tests read
 * every workbook they write with POI too and compare (so POI stays, for the tests only). Cells are understood as Apache POI understands them: a number is a date
 * when its format is one of Excel's built-in date formats (14–22, 45–47) or is made only of date
 * and time letters and separators ({@code dd/mm/yyyy hh:mm}, {@code [$-42A]d/m/yyyy}); dates count
 * from 1900 (Excel's leap day of 1900 included) or from 1904 as the workbook says. Stateless and
 * thread-safe.
 */
final class XlsxSheets {

    private static final String RELATIONS_NS_SUFFIX = "relationships";
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final Set<String> ERRORS = Set.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A");
    private static final Pattern ESCAPED = Pattern.compile("_x([0-9A-Fa-f]{4})_");
    private static final Pattern ELAPSED = Pattern.compile("^\\[([hH]+|[mM]+|[sS]+)\\]");
    private static final Pattern DBNUM = Pattern.compile("^\\[DBNum([123])\\]");
    private static final Pattern LOCALE = Pattern.compile("^\\[\\$\\-.*?\\]");
    private static final Pattern COLOUR = Pattern.compile("^\\[[a-zA-Z]+\\]");
    private static final Pattern DATE_LETTER = Pattern.compile("[yYmMdDhHsS]");
    private static final Pattern DATE_ONLY = Pattern.compile("^[\\[\\]yYmMdDhHsS\\-T/年月日,. :\"\\\\]+0*[ampAMP/]*$");

    private XlsxSheets() {
    }

    /** The first sheet's rows, or empty after reporting {@code ledger.unreadable}. */
    static Optional<List<SheetRow>> read(Path file, String sitePath, Diagnostics d) {
        Position at = Position.ofFile(sitePath);
        try {
            if (encrypted(file)) {
                d.error("ledger.unreadable/password", at);
                return Optional.empty();
            }
            try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
                return Optional.of(new Workbook(zip).firstSheet());
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            // a file that is not a workbook fails in many ways; all mean the same to the treasurer
            d.error("ledger.unreadable/not-xlsx", at);
        }
        return Optional.empty();
    }

    /**
     * Whether the file is a workbook saved with a password: Excel then wraps it in an OLE2 compound
     * file with an {@code EncryptionInfo} stream, whose name is stored in UTF-16LE.
     */
    private static boolean encrypted(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length < OLE2.length || !Arrays.equals(bytes, 0, OLE2.length, OLE2, 0, OLE2.length)) return false;
        byte[] name = "EncryptionInfo".getBytes(StandardCharsets.UTF_16LE);
        outer:
        for (int i = 0; i + name.length <= bytes.length; i++) {
            for (int j = 0; j < name.length; j++) {
                if (bytes[i + j] != name[j]) continue outer;
            }
            return true;
        }
        return false;
    }

    /** The parts of one open workbook. */
    private static final class Workbook {
        private final ZipFile zip;
        private final XMLInputFactory xml;

        Workbook(ZipFile zip) {
            this.zip = zip;
            this.xml = XMLInputFactory.newDefaultFactory();
            xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            xml.setProperty(XMLInputFactory.IS_COALESCING, true);
        }

        List<SheetRow> firstSheet() throws IOException, XMLStreamException {
            String workbookPart = "xl/workbook.xml";
            for (Relation r : relations("_rels/.rels", "")) {
                if (r.type().endsWith("/officeDocument")) workbookPart = r.target();
            }
            String folder = workbookPart.contains("/") ? workbookPart.substring(0, workbookPart.lastIndexOf('/') + 1) : "";
            String relationsPart = folder + "_rels/" + workbookPart.substring(folder.length()) + ".rels";
            List<Relation> relations = relations(relationsPart, folder);

            boolean date1904 = false;
            String firstSheetId = null;
            try (Part p = open(workbookPart)) {
                XMLStreamReader r = p.reader();
                while (r.hasNext()) {
                    if (r.next() != XMLStreamConstants.START_ELEMENT) continue;
                    String name = r.getLocalName();
                    if (name.equals("workbookPr")) {
                        String v = r.getAttributeValue(null, "date1904");
                        date1904 = "1".equals(v) || "true".equals(v);
                    } else if (name.equals("sheet") && firstSheetId == null) {
                        firstSheetId = relationId(r);
                    }
                }
            }
            if (firstSheetId == null) return List.of();
            String sheetPart = null;
            String stringsPart = null;
            String stylesPart = null;
            for (Relation r : relations) {
                if (r.id().equals(firstSheetId)) sheetPart = r.target();
                if (r.type().endsWith("/sharedStrings")) stringsPart = r.target();
                if (r.type().endsWith("/styles")) stylesPart = r.target();
            }
            if (sheetPart == null) throw new IOException("the first sheet has no part");
            List<String> strings = stringsPart == null ? List.of() : sharedStrings(stringsPart);
            Formats formats = stylesPart == null ? new Formats(List.of(), Map.of()) : formats(stylesPart);
            return sheet(sheetPart, strings, formats, date1904);
        }

        private List<SheetRow> sheet(String part, List<String> strings, Formats formats, boolean date1904)
                throws IOException, XMLStreamException {
            List<SheetRow> rows = new ArrayList<>();
            try (Part p = open(part)) {
                XMLStreamReader r = p.reader();
                int rowNumber = 0;
                List<SheetCell> cells = null;
                int column = 0;
                while (r.hasNext()) {
                    int event = r.next();
                    if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("row") && cells != null) {
                        rows.add(new SheetRow(rowNumber, cells));
                        cells = null;
                    }
                    if (event != XMLStreamConstants.START_ELEMENT) continue;
                    String name = r.getLocalName();
                    if (name.equals("row")) {
                        String at = r.getAttributeValue(null, "r");
                        rowNumber = at != null ? Integer.parseInt(at) : rowNumber + 1;
                        cells = new ArrayList<>();
                        column = 0;
                    } else if (name.equals("c") && cells != null) {
                        String ref = r.getAttributeValue(null, "r");
                        column = ref != null ? column(ref) : column + 1;
                        cell(r, column, strings, formats, date1904).ifPresent(cells::add);
                    }
                }
            }
            return rows;
        }

        /** One {@code <c>} element, read to its end. */
        private static Optional<SheetCell> cell(XMLStreamReader r, int column, List<String> strings, Formats formats,
                                                boolean date1904) throws XMLStreamException {
            String type = r.getAttributeValue(null, "t");
            String style = r.getAttributeValue(null, "s");
            String value = null;
            String inline = null;
            boolean formula = false;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("c")) break;
                if (event != XMLStreamConstants.START_ELEMENT) continue;
                switch (r.getLocalName()) {
                    case "v" -> value = r.getElementText();
                    case "f" -> {
                        formula = true;
                        r.getElementText();
                    }
                    case "is" -> inline = text(r, "is");
                    default -> { }
                }
            }
            if (type == null) type = "n";
            switch (type) {
                case "s" -> {
                    if (value == null || value.isBlank()) return Optional.empty();
                    return text(column, strings.get(Integer.parseInt(value.trim())));
                }
                case "inlineStr" -> {
                    return text(column, inline != null ? inline : value);
                }
                case "str", "d" -> {
                    return text(column, value);
                }
                case "b" -> {
                    if (value == null && !formula) return Optional.empty();
                    return text(column, "1".equals(value == null ? null : value.trim()) ? "TRUE" : "FALSE");
                }
                case "e" -> {
                    if (value == null && !formula) return Optional.empty();
                    String error = value == null ? "" : value.trim();
                    return text(column, ERRORS.contains(error) ? error : "#ERROR");
                }
                default -> {
                    if (value == null || value.isBlank()) {
                        if (!formula) return Optional.empty();
                        value = "0";
                    }
                    double number = Double.parseDouble(value.trim());
                    if (number > -Double.MIN_VALUE && formats.isDate(style == null ? 0 : Integer.parseInt(style))) {
                        LocalDateTime date = dateTime(number, date1904);
                        return Optional.of(new SheetCell(column, date.toString(), null, date));
                    }
                    return Optional.of(new SheetCell(column, plain(number), number, null));
                }
            }
        }

        private List<String> sharedStrings(String part) throws IOException, XMLStreamException {
            List<String> strings = new ArrayList<>();
            try (Part p = open(part)) {
                XMLStreamReader r = p.reader();
                while (r.hasNext()) {
                    if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("si")) {
                        strings.add(text(r, "si"));
                    }
                }
            }
            return strings;
        }

        private Formats formats(String part) throws IOException, XMLStreamException {
            Map<Integer, String> custom = new HashMap<>();
            List<Integer> cellFormats = new ArrayList<>();
            try (Part p = open(part)) {
                XMLStreamReader r = p.reader();
                boolean inCellXfs = false;
                while (r.hasNext()) {
                    int event = r.next();
                    if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("cellXfs")) inCellXfs = false;
                    if (event != XMLStreamConstants.START_ELEMENT) continue;
                    switch (r.getLocalName()) {
                        case "numFmt" -> custom.put(Integer.parseInt(r.getAttributeValue(null, "numFmtId")),
                                r.getAttributeValue(null, "formatCode"));
                        case "cellXfs" -> inCellXfs = true;
                        case "xf" -> {
                            if (inCellXfs) {
                                String id = r.getAttributeValue(null, "numFmtId");
                                cellFormats.add(id == null ? 0 : Integer.parseInt(id));
                            }
                        }
                        default -> { }
                    }
                }
            }
            return new Formats(cellFormats, custom);
        }

        private List<Relation> relations(String part, String folder) throws IOException, XMLStreamException {
            List<Relation> out = new ArrayList<>();
            if (zip.getEntry(part) == null) return out;
            try (Part p = open(part)) {
                XMLStreamReader r = p.reader();
                while (r.hasNext()) {
                    if (r.next() != XMLStreamConstants.START_ELEMENT || !r.getLocalName().equals("Relationship")) continue;
                    String mode = r.getAttributeValue(null, "TargetMode");
                    if ("External".equals(mode)) continue;
                    out.add(new Relation(r.getAttributeValue(null, "Id"), r.getAttributeValue(null, "Type"),
                            resolve(folder, r.getAttributeValue(null, "Target"))));
                }
            }
            return out;
        }

        private Part open(String name) throws IOException, XMLStreamException {
            ZipEntry entry = zip.getEntry(name);
            if (entry == null) throw new IOException("no part " + name);
            InputStream in = new Bounded(zip.getInputStream(entry), entry.getCompressedSize());
            try {
                return new Part(in, xml.createXMLStreamReader(in));
            } catch (XMLStreamException | RuntimeException e) {
                in.close();
                throw e;
            }
        }
    }

    /**
     * A part's stream that refuses to inflate to more than 100 times its compressed size (plus a
     * megabyte), as POI refused: a "zip bomb" fails as an unreadable file instead of filling memory.
     */
    private static final class Bounded extends FilterInputStream {
        private final long limit;
        private long read;

        Bounded(InputStream in, long compressed) {
            super(in);
            this.limit = Math.max(0, compressed) * 100 + (1 << 20);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count(1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) count(n);
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > limit) throw new IOException("a part of the workbook inflates too much");
        }
    }

    /** An open XML part: closing it closes both the reader and its stream. */
    private record Part(InputStream in, XMLStreamReader reader) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // the stream is closed below either way
            }
            in.close();
        }
    }

    private record Relation(String id, String type, String target) {
        Relation {
            if (id == null || type == null || target == null) throw new IllegalArgumentException("incomplete relation");
        }
    }

    /** The number format of every cell format, custom ones by id. */
    private record Formats(List<Integer> cellFormats, Map<Integer, String> custom) {
        boolean isDate(int style) {
            if (style < 0 || style >= cellFormats.size()) return false;
            int id = cellFormats.get(style);
            return isDateFormat(id, custom.get(id));
        }
    }

    /** The relationship id of a {@code <sheet>} ({@code r:id}, in the transitional or strict namespace). */
    private static String relationId(XMLStreamReader r) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String ns = r.getAttributeNamespace(i);
            if (r.getAttributeLocalName(i).equals("id") && ns != null && ns.endsWith(RELATIONS_NS_SUFFIX)) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }

    /** A relation's target as a zip entry name: absolute from the package root, or relative to the source part. */
    private static String resolve(String folder, String target) {
        if (target == null) return null;
        String path = target.startsWith("/") ? target.substring(1) : folder + target;
        List<String> parts = new ArrayList<>();
        for (String s : path.split("/")) {
            if (s.isEmpty() || s.equals(".")) continue;
            if (s.equals("..")) {
                if (!parts.isEmpty()) parts.remove(parts.size() - 1);
            } else {
                parts.add(s);
            }
        }
        return String.join("/", parts);
    }

    /**
     * The text of a rich-text element ({@code <si>}, {@code <is>}): its {@code <t>} elements, plain or in
     * runs, without phonetic guides; the reader is left on its end tag.
     */
    private static String text(XMLStreamReader r, String element) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int phonetic = 0;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                String name = r.getLocalName();
                if (name.equals(element)) break;
                if (name.equals("rPh")) phonetic--;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                String name = r.getLocalName();
                if (name.equals("rPh")) phonetic++;
                else if (name.equals("t") && phonetic == 0) text.append(r.getElementText());
            }
        }
        return unescape(text.toString());
    }

    /** Excel writes characters XML cannot hold as {@code _xHHHH_}. */
    private static String unescape(String text) {
        if (text.indexOf("_x") < 0) return text;
        Matcher m = ESCAPED.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        m.appendTail(out);
        return out.toString();
    }

    /** The 1-based column of a cell reference such as {@code B3}. */
    private static int column(String ref) {
        int column = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = Character.toUpperCase(ref.charAt(i));
            if (c < 'A' || c > 'Z') break;
            column = column * 26 + (c - 'A' + 1);
        }
        if (column == 0) throw new IllegalArgumentException("bad cell reference " + ref);
        return column;
    }

    /**
     * Whether a number format shows a date or a time, as POI's {@code DateUtil.isADateFormat} decides:
     * the built-in date formats, or a format string made only of date and time parts.
     */
    static boolean isDateFormat(int id, String format) {
        if ((id >= 0x0e && id <= 0x16) || (id >= 0x2d && id <= 0x2f)) return true;
        if (format == null || format.isEmpty()) return false;
        StringBuilder sb = new StringBuilder(format.length());
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (i < format.length() - 1) {
                char next = format.charAt(i + 1);
                if (c == '\\' && (next == '-' || next == ',' || next == '.' || next == ' ' || next == '\\')) continue;
                if (c == ';' && next == '@') {
                    i++;
                    continue;
                }
            }
            sb.append(c);
        }
        String fs = sb.toString();
        if (ELAPSED.matcher(fs).matches()) return true;
        fs = DBNUM.matcher(fs).replaceAll("");
        fs = LOCALE.matcher(fs).replaceAll("");
        fs = COLOUR.matcher(fs).replaceAll("");
        int separator = fs.indexOf(';');
        if (0 < separator && separator < fs.length() - 1) fs = fs.substring(0, separator);
        if (!DATE_LETTER.matcher(fs).find()) return false;
        return DATE_ONLY.matcher(fs).matches();
    }

    /** An Excel serial date as POI reads it (no rounding to the second). */
    static LocalDateTime dateTime(double date, boolean date1904) {
        int wholeDays = (int) Math.floor(date);
        int millisInDay = (int) ((date - wholeDays) * 86_400_000L + 0.5);
        int startYear = 1900;
        int dayAdjust = -1;
        if (date1904) {
            startYear = 1904;
            dayAdjust = 1;
        } else if (wholeDays < 61) {
            dayAdjust = 0; // before 1 March 1900: Excel counts a 29 February 1900 that never was
        }
        return LocalDateTime.of(startYear, 1, 1, 0, 0).plusDays(wholeDays + dayAdjust - 1L)
                .plusNanos(millisInDay * 1_000_000L);
    }

    private static Optional<SheetCell> text(int column, String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        return Optional.of(SheetCell.text(column, Normalizer.normalize(text, Normalizer.Form.NFC)));
    }

    /** {@code 1600000} rather than {@code 1600000.0} or {@code 1.6E6}. */
    private static String plain(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) return String.valueOf(value);
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
