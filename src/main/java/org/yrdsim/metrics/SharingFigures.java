package org.yrdsim.metrics;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the sharing agreements did: core-hours and cost per borrower and lender, and each operator's
 * rejections with the agreements and, on the same requests, without them.
 */
public record SharingFigures(List<LendingFigures> agreements, Map<String, OperatorSharing> operators) {

    /**
     * @param rejectionsWithoutSharing the operator's rejections on the same requests with no
     *                                 agreements; null (left out) when the scenario has none
     */
    public record OperatorSharing(double borrowedCoreHours, double lentCoreHours, double paidYuan, double earnedYuan,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) Long rejectionsWithoutSharing) {
    }

    static SharingFigures of(RunResult run) {
        Map<String, OperatorSharing> operators = new LinkedHashMap<>();
        for (Scope scope : run.series().keySet()) {
            if (scope.kind() != Scope.Kind.OPERATOR) {
                continue;
            }
            String name = scope.name();
            List<LendingFigures> borrowed = run.lending().stream().filter(l -> l.borrower().equals(name)).toList();
            List<LendingFigures> lent = run.lending().stream().filter(l -> l.lender().equals(name)).toList();
            operators.put(name, new OperatorSharing(
                borrowed.stream().mapToDouble(LendingFigures::coreHours).sum(),
                lent.stream().mapToDouble(LendingFigures::coreHours).sum(),
                borrowed.stream().mapToDouble(LendingFigures::costYuan).sum(),
                lent.stream().mapToDouble(LendingFigures::costYuan).sum(),
                run.rejectionsWithoutSharing().isEmpty() ? null : run.rejectionsWithoutSharing().getOrDefault(name, 0L)));
        }
        return new SharingFigures(run.lending(), operators);
    }
}
