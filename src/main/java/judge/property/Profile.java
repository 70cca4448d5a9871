package judge.property;

/**
 * How the random part of one try is drawn: the largest size a string, array or list may take, and the
 * edge-case skews. Profiles only steer the random source; they never change what a choice sequence means,
 * so a counterexample found under any profile shrinks and replays the same way.
 *
 * @param name      what the try is, for reports: "smallest", "one-letter", "random"
 * @param cap       the largest length drawn for strings, arrays and lists (capped by the constraints)
 * @param fill      draw every length at the cap, rather than anywhere from the minimum to the cap
 * @param oneLetter draw strings from a single letter of their alphabet
 * @param noHint    ignore generator hints (for 76: draw t from the whole alphabet, so windows rarely exist)
 */
record Profile(String name, int cap, boolean fill, boolean oneLetter, boolean noHint) {

    static Profile random(int cap) {
        return new Profile("random", cap, false, false, false);
    }
}
