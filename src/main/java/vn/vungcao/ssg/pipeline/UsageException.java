package vn.vungcao.ssg.pipeline;

/** The command was asked for something it must not do (such as an output folder that holds the site). */
public final class UsageException extends Exception {
    public UsageException(String message) {
        super(message);
    }
}
