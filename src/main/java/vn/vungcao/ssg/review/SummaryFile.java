package vn.vungcao.ssg.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A Markdown summary file, such as GitHub's {@code $GITHUB_STEP_SUMMARY}: each command appends
 * its part, in UTF-8, so that the steps of a job make one page.
 */
public final class SummaryFile {

    private SummaryFile() {
    }

    /** Appends {@code markdown} to {@code file}, creating it if needed. */
    public static void append(Path file, String markdown) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        Files.writeString(file, markdown, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                StandardOpenOption.WRITE);
    }
}
