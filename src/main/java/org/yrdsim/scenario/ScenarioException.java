package org.yrdsim.scenario;

/**
 * A scenario that cannot be used as written. The message is for the planner: it names the file,
 * the line and column, the key path and what was expected, and is printed without a stack trace.
 */
public final class ScenarioException extends RuntimeException {
    private final String file;
    private final int line;
    private final int column;
    private final String keyPath;
    private final String problem;

    public ScenarioException(String file, int line, int column, String keyPath, String problem) {
        super(format(file, line, column, keyPath, problem));
        this.file = file;
        this.line = line;
        this.column = column;
        this.keyPath = keyPath;
        this.problem = problem;
    }

    private static String format(String file, int line, int column, String keyPath, String problem) {
        String where = line > 0 ? "%s:%d:%d".formatted(file, line, column) : file;
        String key = keyPath == null || keyPath.isEmpty() ? "" : " " + keyPath + ":";
        return where + ":" + key + " " + problem;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String keyPath() {
        return keyPath;
    }

    public String problem() {
        return problem;
    }
}
