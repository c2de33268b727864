package vn.vungcao.ssg.content;

import java.nio.file.Path;

/**
 * A file under {@code content/} that is published as it is (an image, a PDF).
 *
 * @param sitePath the path it is published at, relative to the site root ({@code images/x.jpg})
 * @param source   the path relative to the site folder, for diagnostics ({@code content/images/x.jpg})
 * @param location where it is on disk
 */
public record Asset(String sitePath, String source, Path location) {
}
