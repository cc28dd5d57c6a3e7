package io.github.tidings.cli;

import org.jspecify.annotations.Nullable;

/**
 * Tells binary files from text before they are decoded: a text file never holds a NUL byte unless
 * it is UTF-16 or UTF-32, which the batch reads only with a byte-order mark. Executables and common
 * binary formats are named from their magic bytes, so the message says what the file is.
 */
final class BinaryCheck {
    private BinaryCheck() {
    }

    /** Why the bytes are binary, or null when they may be text. */
    static @Nullable String why(byte[] b) {
        if (TextDecoding.bomLength(b) > 0 && !startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return null; // UTF-16 or UTF-32 with a byte-order mark: NUL bytes are expected
        }
        String magic = magic(b);
        int nul = indexOfNul(b);
        if (magic != null) {
            return magic;
        }
        return nul < 0 ? null : "a NUL byte at offset " + nul;
    }

    private static @Nullable String magic(byte[] b) {
        if (startsWith(b, 0x7F, 'E', 'L', 'F')) {
            return "an ELF executable";
        }
        if (startsWith(b, 'M', 'Z') && indexOfNul(b) >= 0) {
            return "a Windows executable";
        }
        if (startsWith(b, 0xCF, 0xFA, 0xED, 0xFE) || startsWith(b, 0xCA, 0xFE, 0xBA, 0xBE)) {
            return "a Mach-O executable or Java class";
        }
        if (startsWith(b, '%', 'P', 'D', 'F', '-')) {
            return "a PDF document";
        }
        if (startsWith(b, 'P', 'K', 3, 4)) {
            return "a ZIP archive";
        }
        if (startsWith(b, 0x89, 'P', 'N', 'G') || startsWith(b, 0xFF, 0xD8, 0xFF) || startsWith(b, 'G', 'I', 'F', '8')) {
            return "an image";
        }
        return null;
    }

    private static int indexOfNul(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the bytes begin with the given byte values. */
    static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
