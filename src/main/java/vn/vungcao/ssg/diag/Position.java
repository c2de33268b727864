package vn.vungcao.ssg.diag;

/**
 * A place in a source file: the file's path relative to the site folder (with {@code /} as
 * separator), and a 1-based line and column. Line or column 0 means "unknown" (a whole-file
 * problem has line 0).
 */
public record Position(String file, int line, int column) implements Comparable<Position> {

    public Position {
        if (file == null) throw new IllegalArgumentException("file must not be null");
        if (line < 0 || column < 0) throw new IllegalArgumentException("negative line or column");
    }

    /** A position for a problem with the file as a whole. */
    public static Position ofFile(String file) {
        return new Position(file, 0, 0);
    }

    /** The same file, at another line and column. */
    public Position at(int line, int column) {
        return new Position(file, line, column);
    }

    @Override
    public int compareTo(Position other) {
        // by file, line and column; written out, as the diagnostics of every rebuild are sorted with it
        int c = file.compareTo(other.file);
        if (c != 0) return c;
        c = Integer.compare(line, other.line);
        return c != 0 ? c : Integer.compare(column, other.column);
    }

    /** {@code file:line:col}, {@code file:line}, or {@code file} as much as is known. */
    @Override
    public String toString() {
        if (line == 0) return file;
        if (column == 0) return file + ":" + line;
        return file + ":" + line + ":" + column;
    }
}
