package backprop.export.grade;

import backprop.export.grade.session.CellSession;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines a grading cell prints for question q, by the notebooks' contract: exactly one
 * {@code SCORE q earned possible} and any number of {@code FEEDBACK q part: words}. Lines for another question,
 * and every other line, are not the grading cell's verdict and are left out.
 *
 * @param earned   the earned points of every SCORE line for q whose possible points are the cell's own
 * @param feedback each FEEDBACK line's {@code part: words}
 * @param refused  SCORE lines for q that do not fit the cell (unreadable numbers, other possible points)
 */
record ScoreLines(List<Double> earned, List<String> feedback, List<String> refused) {
    private static final String NUMBER = "([0-9]+(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)";
    private static final Pattern SCORE = Pattern.compile("SCORE (\\S+) " + NUMBER + " " + NUMBER + "\\s*");
    private static final Pattern FEEDBACK = Pattern.compile("FEEDBACK (\\S+) (.+)");

    /** The verdict lines for {@code question} in {@code printed}, a grading cell worth {@code points}. */
    static ScoreLines of(String printed, String question, double points) {
        List<Double> earned = new ArrayList<>();
        List<String> feedback = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (String line : printed.split("\r?\n")) {
            Matcher score = SCORE.matcher(line);
            Matcher words = FEEDBACK.matcher(line);
            if (score.matches() && score.group(1).equals(question)) {
                double e = Double.parseDouble(score.group(2));
                double p = Double.parseDouble(score.group(3));
                if (p == points && e <= p) {
                    earned.add(e);
                } else {
                    refused.add(CellSession.shorten(line));
                }
            } else if (line.startsWith("SCORE " + question + " ")) {
                refused.add(CellSession.shorten(line));
            } else if (words.matches() && words.group(1).equals(question)) {
                feedback.add(CellSession.shorten(words.group(2)));
            }
        }
        return new ScoreLines(earned, feedback, refused);
    }
}
