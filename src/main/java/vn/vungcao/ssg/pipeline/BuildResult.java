package vn.vungcao.ssg.pipeline;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.vungcao.ssg.diag.Diagnostic;
import vn.vungcao.ssg.diag.Messages;

/**
 * What a build did.
 *
 * @param diagnostics every problem found, sorted
 * @param published   true when the output folder now holds the new site
 * @param pages       HTML pages written
 * @param rendered    of those, the pages rendered by this build (the others were as the last build left them)
 * @param files       files written in all
 * @param bytes       bytes written in all
 * @param changed     files this build changed in the output folder (written anew, or deleted)
 * @param stageMillis wall time of each stage, in order
 * @param language    the site's language, which the messages and the report of the build are worded in
 */
public record BuildResult(List<Diagnostic> diagnostics, boolean published, int pages, int rendered, long files, long bytes,
                          long changed, Map<String, Long> stageMillis, String language) {

    public BuildResult {
        diagnostics = List.copyOf(diagnostics);
        stageMillis = Collections.unmodifiableMap(new LinkedHashMap<>(stageMillis));
    }

    /** The words of the report, in the site's language. */
    public Messages messages() {
        return Messages.of(language);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
