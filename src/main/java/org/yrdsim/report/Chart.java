package org.yrdsim.report;

/**
 * A chart written as a PNG file, and the caption a report shows under it: what the chart shows
 * and how to read it, for a reader who has not seen the file name.
 */
public record Chart(String file, String caption) {
}
