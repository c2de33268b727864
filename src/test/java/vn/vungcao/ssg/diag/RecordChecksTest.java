package vn.vungcao.ssg.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A preview's checks of single records: each record checked once while it and the settings stay the same. */
class RecordChecksTest {

    private record Child(String code, String name) {
    }

    /** The check every build runs over the children: a name of three words or more is warned about. */
    private final List<String> checked = new ArrayList<>();

    private List<Integer> check(RecordChecks checks, Object settings, List<Child> children, Diagnostics into) {
        return RecordChecks.checkEach(checks, "child-name", settings, children, into, (c, d) -> {
            checked.add(c.code());
            if (c.name().split(" ").length >= 3) d.warning("child.full-name", new Position("content/children/" + c.code() + ".md", 2, 7), c.name());
            return c.name().length();
        });
    }

    @Test
    void eachRecordIsCheckedOnceWhileItAndTheSettingsAreTheSame() {
        RecordChecks checks = new RecordChecks();
        Child a = new Child("ML-1", "Vàng Thị Mai");
        Child b = new Child("ML-2", "Lan");
        List<Child> children = List.of(a, b);

        Diagnostics first = new Diagnostics();
        assertEquals(List.of(12, 3), check(checks, "allowed", children, first));
        assertEquals(List.of("ML-1", "ML-2"), checked);

        // the very list again (a news post was edited): the same values and warning, nothing checked
        checks.nextBuild();
        Diagnostics again = new Diagnostics();
        assertEquals(List.of(12, 3), check(checks, "allowed", children, again));
        assertEquals(first.sorted(), again.sorted());
        assertEquals(1, again.sorted().size());
        assertEquals(List.of("ML-1", "ML-2"), checked);

        // one child edited: that one is checked, the other keeps its verdict, still said
        checks.nextBuild();
        Child edited = new Child("ML-2", "Giàng Thị Lan");
        Diagnostics afterEdit = new Diagnostics();
        assertEquals(List.of(12, 13), check(checks, "allowed", List.of(a, edited), afterEdit));
        assertEquals(List.of("ML-1", "ML-2", "ML-2"), checked);
        assertEquals(2, afterEdit.sorted().size());

        // other settings (the config's allowed fields changed): every child is checked again
        checks.nextBuild();
        check(checks, "other", List.of(a, edited), new Diagnostics());
        assertEquals(List.of("ML-1", "ML-2", "ML-2", "ML-1", "ML-2"), checked);

        // a build that did not ask for a child forgets it: given again later, it is checked again
        checks.nextBuild();
        check(checks, "other", List.of(edited), new Diagnostics());
        checks.nextBuild();
        check(checks, "other", List.of(a, edited), new Diagnostics());
        assertEquals(List.of("ML-1", "ML-2", "ML-2", "ML-1", "ML-2", "ML-1"), checked);
    }

    @Test
    void withoutAPreviewEveryRecordIsChecked() {
        Diagnostics into = new Diagnostics();
        List<Child> children = List.of(new Child("ML-1", "Vàng Thị Mai"));
        check(null, "allowed", children, into);
        check(null, "allowed", children, into);
        assertEquals(List.of("ML-1", "ML-1"), checked);
    }
}
