package vn.vungcao.ssg.publish;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Where a build writes the site: a {@link Staging} folder swapped into place (build, check), or
 * the preview's folder updated in place with only what changed ({@link InPlaceOutput}). Either
 * way nothing reaches the final folder until {@link #commit}, so a failed build leaves it as it was.
 * Writes are thread-safe.
 */
public interface Output extends AutoCloseable {

    /** Writes {@code content} at the site path. */
    void write(String sitePath, byte[] content);

    /**
     * Writes {@code content}, which was read from this site path of {@link #root} in this build:
     * an output folder updated in place need not compare it with the file again.
     */
    default void writeAsRead(String sitePath, byte[] content) {
        write(sitePath, content);
    }

    /**
     * Writes again the very bytes written at the site path in the last build; {@code handle} is
     * what this method returned for them then (null the first time), and the result is what to
     * give next time. An output kept between builds finds the file by it without a look-up.
     */
    default Object keep(String sitePath, byte[] content, Object handle) {
        write(sitePath, content);
        return null;
    }

    /** Whether something is written (or will be) at the site path in this build. */
    boolean has(String sitePath);

    /** The bytes written at the site path in this build. */
    byte[] read(String sitePath) throws IOException;

    /** The folder the written files can be read from before commit, for checks. */
    Path root();

    long filesWritten();

    long bytesWritten();

    /** How many files the commit changed in the folder (written anew or deleted); before it, 0. */
    long filesChanged();

    /** Puts this build's site in place. */
    void commit() throws IOException;

    /** Drops whatever was not committed. */
    @Override
    void close() throws IOException;
}
