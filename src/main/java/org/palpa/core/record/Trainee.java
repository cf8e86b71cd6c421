package org.palpa.core.record;

import java.util.regex.Pattern;

/**
 * The student a training session was recorded for, and their class. The student code is a
 * pseudonym checked like a client's code; the class name is free text such as {@code MT-2026a}.
 *
 * @param studentCode the student's pseudonymous code, such as {@code S-07}
 * @param className   the class, or null
 */
public record Trainee(String studentCode, String className) {
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    public Trainee {
        if (studentCode == null || !CODE.matcher(studentCode).matches()) {
            throw new IllegalArgumentException("student code '" + studentCode
                    + "' must be 1 to 40 letters, digits, '.', '_' or '-' (a pseudonym, not a name)");
        }
        className = className == null || className.isBlank() ? null : className.strip();
        if (className != null && (className.length() > 80 || className.chars().anyMatch(Character::isISOControl))) {
            throw new IllegalArgumentException("class name '" + className + "' must be at most 80 printable characters");
        }
    }
}
