package org.yrdsim.report;

import java.awt.Color;

/** Distinct colours that stay apart for colour-blind readers (Okabe and Ito's palette, then greys). */
final class Palette {
    private static final Color[] COLORS = {
        new Color(0x00, 0x72, 0xB2), new Color(0xD5, 0x5E, 0x00), new Color(0x00, 0x9E, 0x73),
        new Color(0xCC, 0x79, 0xA7), new Color(0xE6, 0x9F, 0x00), new Color(0x56, 0xB4, 0xE9),
        new Color(0x00, 0x00, 0x00), new Color(0xF0, 0xE4, 0x42), new Color(0x88, 0x88, 0x88)};

    private Palette() {
    }

    static Color color(int i) {
        return COLORS[i % COLORS.length];
    }
}
