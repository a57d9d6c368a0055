package backprop.export.classroom;

import backprop.export.model.Escape;

import java.util.List;
import java.util.Locale;

/**
 * Which columns of a roster's header hold a student's id and name, for the three header forms read as they are
 * (names trimmed, case ignored; every other column ignored):
 * <ul>
 *   <li>ours: {@code id}, {@code name};</li>
 *   <li>Canvas's gradebook export: {@code Student} ("Last, First", Canvas's sortable name), {@code ID} (Canvas's own
 *       user id, its primary key), {@code SIS User ID}, {@code SIS Login ID}, {@code Section}, then one column per
 *       assignment. The id is {@code ID}: every student has one, where {@code SIS User ID} is empty in a course
 *       without a student information system and absent from a TA's export (Plom's issue 2338, gitlab.com/plom/plom).
 *       A row without an ID (the posting-policy row Canvas writes under the header when an assignment posts by hand)
 *       and the "Points Possible" row are skipped. Columns as documented in nemogb's "Detailed Canvas Export Info"
 *       (nemogb-dev.github.io/nemogb-r/articles/detailed-canvas-export-info.html) and Ohio State's "Import a CSV file
 *       into Carmen Grades" (teaching.resources.osu.edu), the posting-policy row in VCU's "Gradebook Action Menu"
 *       (ts.vcu.edu);</li>
 *   <li>Moodle's grade export and participant list: the user profile fields by their English names, {@code First name},
 *       {@code Last name} (Moodle 4) or {@code Surname} (Moodle 3), {@code ID number}, {@code Institution},
 *       {@code Department}, {@code Email address} (Moodle's grade/export/lib.php writes each field's full name as its
 *       header, the fields chosen by the site's grade_export_userprofilefields setting). The id is the
 *       {@code ID number} (the institution's student number) where the column is there and the row's is not empty,
 *       else the {@code Email address}: a site that leaves ID number out still identifies each student by email.</li>
 * </ul>
 * The name is "First Last" in all three.
 */
final class RosterColumns {
    /** The most header names an error lists: a Canvas export has a column per assignment. */
    private static final int LISTED = 10;

    enum Form { OURS, CANVAS, MOODLE }

    private final Form form;
    private final int id;
    private final int name;
    private final int first;
    private final int last;
    private final int email;

    private RosterColumns(Form form, int id, int name, int first, int last, int email) {
        this.form = form;
        this.id = id;
        this.name = name;
        this.first = first;
        this.last = last;
        this.email = email;
    }

    /** The columns of {@code header} (line 1 of {@code file}), or a refusal listing the header found. */
    static RosterColumns of(List<String> header, String file) {
        List<String> h = header.stream().map(c -> c.trim().toLowerCase(Locale.ROOT)).toList();
        if (h.contains("id") && h.contains("name")) {
            return new RosterColumns(Form.OURS, h.indexOf("id"), h.indexOf("name"), -1, -1, -1);
        }
        if (h.contains("student") && h.contains("id")) {
            return new RosterColumns(Form.CANVAS, h.indexOf("id"), h.indexOf("student"), -1, -1, -1);
        }
        int last = h.contains("last name") ? h.indexOf("last name") : h.indexOf("surname");
        if (h.contains("first name") && last >= 0 && identifies(h)) {
            return new RosterColumns(Form.MOODLE, h.indexOf("id number"), -1, h.indexOf("first name"), last,
                    h.indexOf("email address"));
        }
        throw new ClassInputException(file, 1, "no id and name columns: the header is " + listed(header) + "; a roster has"
                + " id,name (ours), Canvas's gradebook export (Student, ID, …) or Moodle's (First name, Last name or"
                + " Surname, ID number or Email address)");
    }

    /** Whether Moodle's header {@code h} (lower case) has a column that identifies a student: ID number or email. */
    private static boolean identifies(List<String> h) {
        return h.contains("id number") || h.contains("email address");
    }

    /** The row's id, trimmed: Moodle's ID number, or its email where the ID number is absent or empty. */
    String id(List<String> row) {
        String value = id >= 0 ? row.get(id).trim() : "";
        return form == Form.MOODLE && value.isEmpty() && email >= 0 ? row.get(email).trim() : value;
    }

    /** The row's name, "First Last", trimmed. */
    String name(List<String> row) {
        return switch (form) {
            case OURS -> row.get(name).trim();
            case CANVAS -> firstLast(row.get(name).trim());
            case MOODLE -> (row.get(first).trim() + " " + row.get(last).trim()).trim();
        };
    }

    /** Whether the row is no student: Canvas's "Points Possible" row, or a Canvas row without an ID. */
    boolean skipped(List<String> row) {
        return form == Form.CANVAS && (row.get(id).isBlank() || row.get(name).trim().equalsIgnoreCase("Points Possible"));
    }

    /** What an empty id is told: Moodle's comes from either of two columns. */
    String emptyId() {
        return form == Form.MOODLE ? "empty id: neither ID number nor Email address" : "empty id";
    }

    /**
     * Canvas's "Last, First" as "First Last", split at the last comma so that a suffix stays with the last name
     * ("Hopper, Jr., Grace" is Grace Hopper, Jr.); a name without a comma as it is.
     */
    static String firstLast(String sortable) {
        int comma = sortable.lastIndexOf(',');
        return comma < 0 ? sortable : (sortable.substring(comma + 1).trim() + " " + sortable.substring(0, comma).trim()).trim();
    }

    private static String listed(List<String> header) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < Math.min(LISTED, header.size()); i++) {
            s.append(i == 0 ? "" : ", ").append('"').append(Escape.terminal(header.get(i).trim())).append('"');
        }
        return header.size() > LISTED ? s + ", … (" + (header.size() - LISTED) + " more)" : s.toString();
    }
}
