package vn.vungcao.ssg.content;

import java.util.Map;
import vn.vungcao.ssg.diag.Position;

/**
 * Where a content item came from: its file, the positions of its fields' values and of their
 * keys (every key written, known or not), and the line its Markdown body starts on, so that any
 * later stage can point back at the source.
 */
public record Origin(String file, Map<String, Position> fields, Map<String, Position> keys, int bodyLine) {

    public Origin {
        fields = Map.copyOf(fields);
        keys = Map.copyOf(keys);
    }

    /** The position of {@code key}'s value, or line 1 when the field is absent. */
    public Position at(String key) {
        return fields.getOrDefault(key, new Position(file, 1, 1));
    }

    /** The first line of the body. */
    public Position body() {
        return new Position(file, bodyLine, 1);
    }
}
