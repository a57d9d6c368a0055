package backprop.export.classroom;

import backprop.export.model.Escape;

import java.util.Locale;
import java.util.Set;

/**
 * A student's id as the name of their folders ({@code instructor/ID/}, {@code students/ID/}) on any system the class
 * folder is copied to: 1 to 64 of the ASCII letters, digits, {@code . _ - @} (an email address is an id), not
 * {@code .} or {@code ..}, no leading dot (a hidden folder on Linux and macOS), no trailing dot (Windows drops it,
 * so {@code s1.} would be {@code s1}'s folder), and not a Windows device name, with or without an extension
 * ({@code NUL.txt} is the device too): CON, PRN, AUX, NUL, COM0–COM9, LPT0–LPT9 (Microsoft's "Naming Files, Paths,
 * and Namespaces"). Two ids equal but for case are one folder on Windows and macOS; {@link Roster} refuses them.
 */
final class StudentId {
    static final int MAX_LENGTH = 64;
    private static final Set<String> DEVICES = devices();

    private StudentId() {
    }

    /** Why {@code id} (non-empty) cannot name a folder, or null when it can. */
    static String problem(String id) {
        if (id.length() > MAX_LENGTH) {
            return id.length() + " characters, more than " + MAX_LENGTH;
        }
        for (int i = 0; i < id.length(); i = id.offsetByCodePoints(i, 1)) {
            int c = id.codePointAt(i);
            if (!allowed(c)) {
                return "'" + Escape.terminal(new String(Character.toChars(c))) + "' is not allowed (an id is ASCII"
                        + " letters, digits, '.', '_', '-' and '@')";
            }
        }
        if (id.equals(".")) {
            return "it is the folder itself";
        }
        if (id.equals("..")) {
            return "it is the folder above";
        }
        if (id.startsWith(".")) {
            return "it starts with a dot (a hidden folder on Linux and macOS)";
        }
        if (id.endsWith(".")) {
            return "it ends with a dot (Windows drops it)";
        }
        String base = id.split("\\.", 2)[0].toUpperCase(Locale.ROOT);
        return DEVICES.contains(base) ? base + " is a Windows device name" : null;
    }

    private static boolean allowed(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
                || c == '-' || c == '@';
    }

    private static Set<String> devices() {
        Set<String> names = new java.util.HashSet<>(Set.of("CON", "PRN", "AUX", "NUL"));
        for (int n = 0; n <= 9; n++) {
            names.add("COM" + n);
            names.add("LPT" + n);
        }
        return Set.copyOf(names);
    }
}
