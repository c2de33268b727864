package vn.vungcao.ssg.render;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One page to render: the site path it is published at, the template, the template's variables,
 * and the content file whose text it shows (or null), so that a problem found in the page can be
 * pointed back at that file. The variables (besides {@code site}, which every page gets). A variable may be null ("no newer post").
 */
public record PageJob(String sitePath, String template, Map<String, Object> context, String source) {
    public PageJob {
        context = Collections.unmodifiableMap(new LinkedHashMap<>(context));
    }

    /** A page made from no single content file (a list, the home page). */
    public PageJob(String sitePath, String template, Map<String, Object> context) {
        this(sitePath, template, context, null);
    }
}
