package backprop.export.grade;

import java.util.List;

/**
 * One question's grade.
 *
 * @param question the question's id (a grading cell's grade_id, or a scenario of the answer key)
 * @param earned   points earned, 0 ≤ earned ≤ possible
 * @param possible the question's points
 * @param feedback what is wrong, one line each, in the order found
 */
public record QuestionScore(String question, double earned, double possible, List<String> feedback) {
    public QuestionScore {
        feedback = List.copyOf(feedback);
    }
}
