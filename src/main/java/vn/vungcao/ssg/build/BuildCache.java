package vn.vungcao.ssg.build;

import java.io.IOException;
import java.nio.file.Path;
import vn.vungcao.ssg.content.ContentCache;
import vn.vungcao.ssg.markdown.MarkdownCache;
import vn.vungcao.ssg.publish.InPlaceOutput;
import vn.vungcao.ssg.offline.VersionCache;
import vn.vungcao.ssg.render.PageCache;
import vn.vungcao.ssg.search.SearchCache;

/**
 * What a preview keeps from one build to the next so that a change re-does only what depends on
 * it: parsed files, rendered bodies, rendered pages, the search files, the service worker's version, and the output folder updated in place. A
 * build with a cache gives the same bytes as a build without one. Not for concurrent builds.
 */
public final class BuildCache {

    private final ContentCache content = new ContentCache();
    private final MarkdownCache markdown = new MarkdownCache();
    private final PageCache pages = new PageCache();
    private final SearchCache search = new SearchCache();
    private final VersionCache version = new VersionCache();
    private final InPlaceOutput output;

    /** @param output the folder the preview serves, updated in place */
    public BuildCache(Path output) throws IOException {
        this.output = new InPlaceOutput(output);
    }

    public ContentCache content() {
        return content;
    }

    public MarkdownCache markdown() {
        return markdown;
    }

    public PageCache pages() {
        return pages;
    }

    public SearchCache search() {
        return search;
    }

    public VersionCache version() {
        return version;
    }

    public InPlaceOutput output() {
        return output;
    }
}
