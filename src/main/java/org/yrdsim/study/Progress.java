package org.yrdsim.study;

/** Told how far a batch of simulations has got; the console shows it as a progress bar. */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void start(int total) {
        }

        @Override
        public void runFinished() {
        }
    };

    /** {@code total} simulations are about to run. */
    void start(int total);

    /** One more has finished. */
    void runFinished();
}
