package vn.vungcao.ssg.render;

import java.util.Map;

/**
 * One page to render: the site path it is published at, the template, and the template's
 * variables (besides {@code site}, which every page gets). A variable may be null ("no newer post").
 */
public record PageJob(String sitePath, String template, Map<String, Object> context) {
    public PageJob {
        context = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(context));
    }
}
