package org.yrdsim.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads who may use whose datacenters: either the {@code placement.overflow} switch (every
 * operator may overflow into every other, uncapped and free) or a {@code sharing} section of
 * explicit agreements, never both.
 */
final class SharingReader {
    private SharingReader() {
    }

    static List<Agreement> agreements(ScenarioNode root, ScenarioNode placement, List<String> operators) {
        boolean overflow = placement.bool("overflow", false);
        if (root.has("sharing") && overflow) {
            throw placement.error("overflow", "give either placement.overflow or sharing agreements, not both");
        }
        if (overflow) {
            List<Agreement> everyPair = new ArrayList<>();
            for (String borrower : operators) {
                for (String lender : operators) {
                    if (!lender.equals(borrower)) {
                        everyPair.add(new Agreement(lender, borrower, Agreement.Mode.OVERFLOW, 1, 1.0, 0));
                    }
                }
            }
            return List.copyOf(everyPair);
        }
        if (!root.has("sharing")) {
            return List.of();
        }
        ScenarioNode sharing = root.mapping("sharing");
        List<Agreement> agreements = new ArrayList<>();
        Set<String> pairs = new HashSet<>();
        for (ScenarioNode node : sharing.list("agreements")) {
            String lender = ScenarioReader.reference(node, "lender", operators);
            String borrower = ScenarioReader.reference(node, "borrower", operators);
            if (lender.equals(borrower)) {
                throw node.error("borrower", "an operator does not borrow from itself");
            }
            if (!pairs.add(lender + "->" + borrower)) {
                throw node.error("there is already an agreement for " + borrower + " to use " + lender);
            }
            Agreement.Mode mode = node.choice("mode", Agreement.Mode.class, Agreement.Mode::spelling);
            int priority = node.has("priority") ? node.count("priority", 0, 1000) : 1;
            double maxShare = node.has("maxShare") ? node.number("maxShare", 0, 1) : 1.0;
            double price = node.quantity("price", Units.Kind.CORE_PRICE, 0);
            node.done();
            agreements.add(new Agreement(lender, borrower, mode, priority, maxShare, price));
        }
        sharing.done();
        return List.copyOf(agreements);
    }
}
