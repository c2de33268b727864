package vn.vungcao.ssg.source;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import vn.vungcao.ssg.diag.Diagnostics;
import vn.vungcao.ssg.diag.Messages;
import vn.vungcao.ssg.diag.Position;
import vn.vungcao.ssg.store.Store;

/**
 * Reads YAML with Jackson over SnakeYAML into {@link YamlNode}s whose positions are lines and
 * columns of the file (the front matter's offset is added). Duplicate keys and aliases are
 * reported, never silently resolved, so an alias bomb costs nothing. Thread-safe.
 */
public final class YamlReader {

    private static final int MAX_DEPTH = 40;

    private final Store<YamlNode.Mapping> store;
    private volatile YAMLFactory factory;

    /** A reader that parses every text. */
    public YamlReader() {
        this(null);
    }

    /**
     * A reader that takes what it read last time from {@code store} (when not null) for a file
     * whose front matter and first line are the same, and keeps what it reads there.
     */
    public YamlReader(Store<YamlNode.Mapping> store) {
        this.store = store;
    }

    /** SnakeYAML's parser factory, made when a text is first parsed: a build whose files are all stored loads no YAML parser. */
    private YAMLFactory factory() {
        YAMLFactory f = factory;
        if (f == null) {
            synchronized (this) {
                f = factory;
                if (f == null) {
                    LoaderOptions options = new LoaderOptions();
                    options.setMaxAliasesForCollections(10);
                    options.setNestingDepthLimit(MAX_DEPTH + 10);
                    options.setCodePointLimit((int) SourceReader.MAX_TEXT_BYTES * 2);
                    f = YAMLFactory.builder()
                            .loaderOptions(options)
                            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 10).build())
                            .build();
                    factory = f;
                }
            }
        }
        return f;
    }

    /** A file's key in the store: its path, told apart for a file the generator carries. */
    private static String storeKey(SourceFile file) {
        return file.location() == null ? "generator:" + file.path() : file.path();
    }

    /**
     * Reads the front matter of {@code document} as a mapping. Empty front matter is an empty
     * mapping. Problems are reported and give empty.
     */
    public Optional<YamlNode.Mapping> readMapping(Document document, Diagnostics diagnostics) {
        if (document.yaml().isBlank()) {
            return Optional.of(new YamlNode.Mapping(new Position(document.file().path(), document.yamlFirstLine(), 1), List.of()));
        }
        String digest = null;
        if (store != null) {
            digest = store.digest(document.yaml(), document.yamlFirstLine());
            // a file the generator carries (no location) and a site's file may have the same path:
            // the words of the theme and the site's override of them
            Store.Hit<YamlNode.Mapping> kept = store.get(storeKey(document.file()), digest);
            // only what was read without a problem is kept, so there are no diagnostics to repeat
            if (kept != null) return Optional.of(kept.value());
        }
        return parsed(document, diagnostics, digest);
    }

    /** The front matter of {@code document} as Jackson and SnakeYAML read it, kept in the store under {@code digest}. */
    private Optional<YamlNode.Mapping> parsed(Document document, Diagnostics diagnostics, String digest) {
        String file = document.file().path();
        int lineOffset = document.yamlFirstLine() - 1;
        Reading reading = new Reading(file, lineOffset, diagnostics);
        try (JsonParser parser = factory().createParser(document.yaml())) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return Optional.of(new YamlNode.Mapping(new Position(file, document.yamlFirstLine(), 1), List.of()));
            }
            YamlNode root = reading.value((YAMLParser) parser, 0);
            if (root == null) return Optional.empty();
            if (!(root instanceof YamlNode.Mapping mapping)) {
                diagnostics.error("yaml.not-fields", root.position(), root.describe());
                return Optional.empty();
            }
            if (reading.failed) return Optional.empty();
            if (store != null) store.put(storeKey(document.file()), digest, mapping, List.of());
            return Optional.of(mapping);
        } catch (IOException | RuntimeException e) {
            reportSyntax(e, file, lineOffset, diagnostics);
            return Optional.empty();
        }
    }

    private static void reportSyntax(Exception e, String file, int lineOffset, Diagnostics diagnostics) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
                Mark mark = marked.getProblemMark();
                String problem = plain(marked.getProblem() == null ? "" : marked.getProblem());
                String context = marked.getContext() == null ? "" : marked.getContext();
                String raw = marked.getProblem() == null ? "" : marked.getProblem();
                if (raw.contains("end of stream") && marked.getContextMark() != null) {
                    // the end of the text is no help: point at what was left open
                    mark = marked.getContextMark();
                    problem = context.contains("quoted") ? "yaml.problem.unclosed-quote" : "yaml.problem.unclosed";
                } else if (context.contains("flow") && marked.getContextMark() != null) {
                    // a [ list ] or { group } that is not closed: point at its opening bracket
                    mark = marked.getContextMark();
                    problem = context.contains("sequence") ? "yaml.problem.unclosed-list" : "yaml.problem.unclosed-group";
                }
                diagnostics.error("yaml.syntax", new Position(file, mark.getLine() + 1 + lineOffset, mark.getColumn() + 1), new Messages.Term(problem));
                return;
            }
        }
        int line = 0;
        int column = 0;
        if (e instanceof JacksonException je && je.getLocation() != null) {
            line = Math.max(0, je.getLocation().getLineNr()) + lineOffset;
            column = Math.max(0, je.getLocation().getColumnNr());
        }
        String why = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("depth")
                ? "yaml.problem.too-deep" : "yaml.problem.other";
        diagnostics.error("yaml.syntax", new Position(file, Math.max(line, 0), column), new Messages.Term(why));
    }

    /**
     * The catalog's words ({@code yaml.problem.…}) for SnakeYAML's account of a mistake: its own
     * words are English and technical, so a mistake it words otherwise reads as "cannot be read".
     */
    private static String plain(String problem) {
        if (problem.contains("'\\t'")) return "yaml.problem.tab";
        if (problem.startsWith("mapping values are not allowed")) return "yaml.problem.colon";
        if (problem.startsWith("expected <block end>") || problem.startsWith("did not find expected key")) {
            return "yaml.problem.indent";
        }
        if (problem.startsWith("could not find expected ':'")) return "yaml.problem.no-colon";
        if (problem.startsWith("expected ',' or ']'") || problem.startsWith("did not find expected ',' or ']'")) {
            return "yaml.problem.list";
        }
        if (problem.startsWith("expected ',' or '}'") || problem.startsWith("did not find expected ',' or '}'")) {
            return "yaml.problem.group";
        }
        return "yaml.problem.other";
    }

    /** State of one read: where to report, and whether a reported problem spoils the result. */
    private static final class Reading {
        private final String file;
        private final int lineOffset;
        private final Diagnostics diagnostics;
        private boolean failed;
        private boolean failedOnAlias;

        Reading(String file, int lineOffset, Diagnostics diagnostics) {
            this.file = file;
            this.lineOffset = lineOffset;
            this.diagnostics = diagnostics;
        }

        private Position here(JsonParser parser) {
            var location = parser.currentTokenLocation();
            return new Position(file, Math.max(1, location.getLineNr() + lineOffset), Math.max(1, location.getColumnNr()));
        }

        /** Reads the value at the current token; the parser is left on its last token. */
        YamlNode value(YAMLParser parser, int depth) throws IOException {
            Position at = here(parser);
            if (depth > MAX_DEPTH) {
                diagnostics.error("yaml.too-deep", at, MAX_DEPTH);
                failed = true;
                parser.skipChildren();
                return null;
            }
            if (parser.isCurrentAlias()) {
                if (!failedOnAlias) diagnostics.error("yaml.alias", at);
                failed = true;
                failedOnAlias = true;
                return new YamlNode.Scalar(at, "", YamlNode.ScalarKind.NULL);
            }
            JsonToken token = parser.currentToken();
            switch (token) {
                case START_OBJECT: {
                    List<YamlNode.Entry> entries = new ArrayList<>();
                    Set<String> seen = new HashSet<>();
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String key = parser.currentName();
                        Position keyAt = here(parser);
                        parser.nextToken();
                        YamlNode v = value(parser, depth + 1);
                        if (!seen.add(key)) {
                            diagnostics.error("yaml.duplicate-key", keyAt, key);
                            failed = true;
                            continue;
                        }
                        if (v != null) entries.add(new YamlNode.Entry(key, keyAt, v));
                    }
                    return new YamlNode.Mapping(at, entries);
                }
                case START_ARRAY: {
                    List<YamlNode> items = new ArrayList<>();
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        YamlNode v = value(parser, depth + 1);
                        if (v != null) items.add(v);
                    }
                    return new YamlNode.Sequence(at, items);
                }
                case VALUE_STRING:
                    return new YamlNode.Scalar(at, parser.getText(), YamlNode.ScalarKind.STRING);
                case VALUE_NUMBER_INT:
                    return new YamlNode.Scalar(at, parser.getText(), YamlNode.ScalarKind.INTEGER);
                case VALUE_NUMBER_FLOAT:
                    return new YamlNode.Scalar(at, parser.getText(), YamlNode.ScalarKind.DECIMAL);
                case VALUE_TRUE:
                case VALUE_FALSE:
                    return new YamlNode.Scalar(at, parser.getText(), YamlNode.ScalarKind.BOOLEAN);
                case VALUE_NULL:
                    return new YamlNode.Scalar(at, "", YamlNode.ScalarKind.NULL);
                default:
                    // embedded binary (!!binary) and the like: not a content value
                    diagnostics.error("yaml.unsupported", at);
                    failed = true;
                    parser.skipChildren();
                    return null;
            }
        }
    }
}
