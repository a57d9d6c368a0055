package backprop.export.grade;

import backprop.export.model.Escape;
import backprop.export.runtime.Grade;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Grades a numbers-only hand-in against answer-key.csv, as the notebooks' hidden tests grade the same numbers:
 * one point per answer, a question per scenario of the key, an answer right when within
 * {@link Grade#TOLERANCE} × max(1, |true value|) of the key's true value, or at a kink anywhere between the
 * one-sided derivatives (within the tolerance of their larger end). Feedback names the step by the key's
 * quantity and never shows the expected value.
 */
public final class NumberGrader {
    private NumberGrader() {
    }

    public static Grades grade(AnswerKey key, Map<String, Double> answers) {
        Map<String, List<Map.Entry<String, AnswerKey.Answer>>> byQuestion = new LinkedHashMap<>();
        key.answers().entrySet().forEach(e -> byQuestion.computeIfAbsent(e.getValue().question(), q -> new ArrayList<>()).add(e));
        List<QuestionScore> scores = new ArrayList<>();
        byQuestion.forEach((question, expected) -> scores.add(question(question, expected, answers)));
        List<String> notes = new ArrayList<>();
        answers.keySet().stream().filter(id -> !key.answers().containsKey(id))
                .forEach(id -> notes.add(OneLine.of(id) + ": no such answer in " + key.file() + ": not graded"));
        return new Grades(scores, notes);
    }

    private static QuestionScore question(String question, List<Map.Entry<String, AnswerKey.Answer>> expected,
                                          Map<String, Double> answers) {
        if (expected.stream().noneMatch(e -> answers.containsKey(e.getKey()))) {
            return new QuestionScore(question, 0, expected.size(), List.of("no answers"));
        }
        int right = 0;
        List<String> feedback = new ArrayList<>();
        for (Map.Entry<String, AnswerKey.Answer> e : expected) {
            Double given = answers.get(e.getKey());
            String what = e.getKey() + " (" + Escape.terminal(e.getValue().quantity()) + ")";
            if (given == null) {
                feedback.add(what + ": no answer");
            } else if (right(e.getValue(), given)) {
                right++;
            } else {
                feedback.add(what + ": " + given + " is wrong" + (close(e.getValue().matching(), given)
                        ? ", though it is what the document's own method gives" : ""));
            }
        }
        return new QuestionScore(question, right, expected.size(), feedback);
    }

    static boolean right(AnswerKey.Answer a, double given) {
        if (a.kink()) {
            double tolerance = Grade.TOLERANCE * Math.max(1, Math.max(Math.abs(a.lo()), Math.abs(a.hi())));
            return given >= a.lo() - tolerance && given <= a.hi() + tolerance;
        }
        return close(a.exact(), given);
    }

    private static boolean close(double expected, double given) {
        return Math.abs(given - expected) <= Grade.TOLERANCE * Math.max(1, Math.abs(expected));
    }
}
