package vn.vungcao.ssg.cli;

import java.io.PrintStream;

/** Where a command prints: standard output and error, or the streams a test gives. */
abstract class CommandStreams {

    PrintStream out = System.out;
    PrintStream err = System.err;

    void streams(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }
}
