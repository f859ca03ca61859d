package org.yrdsim.scenario;

import org.yrdsim.BadInputException;
import org.yrdsim.metrics.Target;
import org.yrdsim.metrics.TargetCrossings;

import java.util.ArrayList;
import java.util.List;

/** Reads the targets whose crossings a run reports, in the form {@code plan --target} takes. */
final class CrossingReader {
    private CrossingReader() {
    }

    /** {@code crossings: ["rackUtilisation>=65%", "pue<=1.25"]}: targets whose first crossing day is reported. */
    static List<Target> targets(ScenarioNode root) {
        List<Target> targets = new ArrayList<>();
        for (ScenarioNode item : root.list("crossings", true)) {
            Target target;
            try {
                target = Target.parse(item.value().asText());
            } catch (BadInputException e) {
                throw item.error("'" + item.value().asText() + "' is not a target: expected FIGURE>=NUMBER (or <=, <, >), "
                    + "such as rackUtilisation>=65%");
            }
            if (!TargetCrossings.follows(target)) {
                throw item.error("no daily figure '" + target.figure() + "' (known: " + String.join(", ", TargetCrossings.FIGURES) + ")");
            }
            targets.add(target);
        }
        return List.copyOf(targets);
    }
}
