package org.yrdsim;

/**
 * An argument or input file the user must fix (an unknown --vary key, a malformed --target, a
 * results folder without summary.json): the command prints the message alone, without a stack
 * trace, and exits with the bad-input code. Scenario files have their own, located,
 * {@link org.yrdsim.scenario.ScenarioException}.
 */
public final class BadInputException extends RuntimeException {
    public BadInputException(String message) {
        super(message);
    }
}
