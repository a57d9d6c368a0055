package backprop.export.grade;

import java.util.List;

/**
 * What a grading gave: each question's score, and notes on the submission as a whole (a missing or extra cell,
 * a fresh session after a time-out, an answer the key does not know).
 */
public record Grades(List<QuestionScore> questions, List<String> notes) {
    public Grades {
        questions = List.copyOf(questions);
        notes = List.copyOf(notes);
    }

    public double earned() {
        return questions.stream().mapToDouble(QuestionScore::earned).sum();
    }

    public double possible() {
        return questions.stream().mapToDouble(QuestionScore::possible).sum();
    }
}
