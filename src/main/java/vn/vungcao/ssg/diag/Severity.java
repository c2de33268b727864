package vn.vungcao.ssg.diag;

/** How bad a diagnostic is: an error stops the build from publishing, a warning does not. */
public enum Severity {
    ERROR, WARNING;

    public String label() {
        return this == ERROR ? "error" : "warning";
    }
}
