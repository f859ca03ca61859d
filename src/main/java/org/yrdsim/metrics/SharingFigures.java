package org.yrdsim.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the sharing agreements did: core-hours and cost per borrower and lender, and each operator's
 * rejections with the agreements and, on the same requests, without them.
 */
final class SharingFigures {
    private SharingFigures() {
    }

    static Map<String, Object> of(RunResult run) {
        Map<String, Object> f = new LinkedHashMap<>();
        List<Map<String, Object>> pairs = new ArrayList<>();
        for (LendingFigures l : run.lending()) {
            Map<String, Object> pair = new LinkedHashMap<>();
            pair.put("borrower", l.borrower());
            pair.put("lender", l.lender());
            pair.put("mode", l.mode());
            pair.put("coreHours", l.coreHours());
            pair.put("costYuan", l.costYuan());
            pairs.add(pair);
        }
        f.put("agreements", pairs);
        Map<String, Object> operators = new LinkedHashMap<>();
        for (Scope scope : run.series().keySet()) {
            if (scope.kind() != Scope.Kind.OPERATOR) {
                continue;
            }
            String name = scope.name();
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("borrowedCoreHours", run.lending().stream().filter(l -> l.borrower().equals(name)).mapToDouble(LendingFigures::coreHours).sum());
            o.put("lentCoreHours", run.lending().stream().filter(l -> l.lender().equals(name)).mapToDouble(LendingFigures::coreHours).sum());
            o.put("paidYuan", run.lending().stream().filter(l -> l.borrower().equals(name)).mapToDouble(LendingFigures::costYuan).sum());
            o.put("earnedYuan", run.lending().stream().filter(l -> l.lender().equals(name)).mapToDouble(LendingFigures::costYuan).sum());
            if (!run.rejectionsWithoutSharing().isEmpty()) {
                o.put("rejectionsWithoutSharing", run.rejectionsWithoutSharing().getOrDefault(name, 0L));
            }
            operators.put(name, o);
        }
        f.put("operators", operators);
        return f;
    }
}
