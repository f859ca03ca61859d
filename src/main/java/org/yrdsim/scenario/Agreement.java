package org.yrdsim.scenario;

/**
 * Permission for one operator's requests to use another operator's datacenters.
 *
 * @param mode              {@link Mode#OVERFLOW}: only when the borrower's own datacenters are full;
 *                          {@link Mode#POOL}: on equal terms with the borrower's own
 * @param priority          lower is tried first among overflow agreements
 * @param maxShare          most of the lender's cores this borrower may hold at once, 0..1
 * @param pricePerCoreHour  what the borrower pays the lender (yuan per core-hour)
 */
public record Agreement(String lender, String borrower, Mode mode, int priority, double maxShare,
                        double pricePerCoreHour) {
    public enum Mode {
        OVERFLOW, POOL;

        public String spelling() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
