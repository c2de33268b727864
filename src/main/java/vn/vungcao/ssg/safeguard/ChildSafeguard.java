package vn.vungcao.ssg.safeguard;

import java.util.Map;
import vn.vungcao.ssg.config.SiteConfig;
import vn.vungcao.ssg.content.Child;
import vn.vungcao.ssg.content.SiteContent;
import vn.vungcao.ssg.diag.Diagnostics;
import vn.vungcao.ssg.diag.Messages;
import vn.vungcao.ssg.diag.RecordChecks;
import vn.vungcao.ssg.diag.Position;
import vn.vungcao.ssg.source.Suggestions;

/**
 * The safeguarding stage, after the content is read: every key a child's file writes is judged
 * by the site's allow-list ({@link ChildFieldPolicy}), and a name that looks like a full name draws
 * a warning. A field that identifies or locates a child is refused with the reason; one the site
 * does not publish is refused with how to allow it; a key that is no child field is reported as a
 * typo, with the nearest allowed field. Stateless.
 */
public final class ChildSafeguard {

    private ChildSafeguard() {
    }

    /**
     * Reports, for every child of {@code content}, what must not be published about them; a child
     * whose file did not change since the last build ({@code checks}, null for none) is not judged
     * again.
     */
    public static void check(SiteContent content, SiteConfig config, Diagnostics diagnostics, RecordChecks checks) {
        ChildFieldPolicy policy = new ChildFieldPolicy(config.childAllowedFields());
        RecordChecks.checkEach(checks, "child-fields", config.childAllowedFields(), content.children(), diagnostics, (c, d) -> {
            judge(c, policy, d);
            return null;
        });
    }

    private static void judge(Child c, ChildFieldPolicy policy, Diagnostics diagnostics) {
        for (Map.Entry<String, Position> key : c.origin().keys().entrySet()) {
            ChildFieldPolicy.Verdict verdict = policy.judge(key.getKey());
            if (verdict instanceof ChildFieldPolicy.NotAllowed) {
                diagnostics.error("child.field-not-allowed", key.getValue(), key.getKey());
            } else if (verdict instanceof ChildFieldPolicy.Refused r) {
                diagnostics.error("child.field-refused", key.getValue(), key.getKey(), new Messages.Term(r.reason()));
            } else if (verdict instanceof ChildFieldPolicy.Unknown) {
                String suggestion = Suggestions.nearest(key.getKey(), policy.allowed());
                if (suggestion != null) {
                    diagnostics.error("field.unknown", key.getValue(), key.getKey(), new Messages.Term("term.child"), suggestion);
                } else {
                    diagnostics.error("field.unknown/list", key.getValue(), key.getKey(), new Messages.Term("term.child"),
                            policy.allowed().stream().sorted().toList());
                }
            }
        }
        if (NameCheck.looksLikeFullName(c.name())) diagnostics.warning("child.full-name", c.origin().at("name"), c.name());
    }
}
