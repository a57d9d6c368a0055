package backprop.export.classroom;

import backprop.export.classroom.Roster.Student;
import backprop.export.model.Escape;

/**
 * Whose exam a file is, in one line of Markdown: the student's name and id, the draw and the assignment, at the top of
 * their answer key and of both versions of their notebook (a class's exams all share one title, and a teacher hands
 * out hundreds). The name and id come from a roster made elsewhere, so they reach the line only through
 * {@link Escape#markdownPlain}: shown as text, never as markup, a link or maths, whatever they hold.
 */
final class WhoseExam {
    private WhoseExam() {
    }

    /**
     * "The exam of **NAME** (student ID): their numbers, drawn from the template at draw N of assignment "A".", or,
     * for a name that is empty or only white space, "The exam of student ID: …".
     */
    static String line(Student s, String assignment, int draw) {
        String name = trimmed(s.name());
        String id = Escape.markdownPlain(s.id());
        return "The exam of " + (name.isEmpty() ? "student " + id : "**" + Escape.markdownPlain(name) + "** (student " + id
                + ")") + ": their numbers, drawn from the template at draw " + draw + " of assignment \""
                + Escape.markdownPlain(assignment) + "\".";
    }

    /**
     * The name without white space, control characters or line breaks at either end (a no-break space included, which
     * {@link String#strip} keeps): strong emphasis opens only before and closes only after a character that is none
     * of them, so "** Ada**" would show its asterisks.
     */
    private static String trimmed(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && blank(name.codePointAt(start))) {
            start += Character.charCount(name.codePointAt(start));
        }
        while (end > start && blank(name.codePointBefore(end))) {
            end -= Character.charCount(name.codePointBefore(end));
        }
        return name.substring(start, end);
    }

    /** Java's white space (tab, line breaks, the spaces) is all a space character or a control: these two hold it. */
    private static boolean blank(int c) {
        return Character.isSpaceChar(c) || Character.isISOControl(c);
    }
}
