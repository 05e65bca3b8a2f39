package io.github.cosxml.core.sign;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A fixed set of canonical (ASCII) names that answers for a name given as a range of bytes, so
 * that the signer chooses headers without making a string per header. Names are grouped by
 * length; a lookup compares the few names of that length. Immutable.
 */
final class CanonicalNameSet implements NameFilter {
    private final byte[][][] byLength;

    CanonicalNameSet(Collection<String> canonicalNames) {
        int longest = 0;
        for (String name : canonicalNames) {
            longest = Math.max(longest, name.length());
        }
        List<List<byte[]>> groups = new ArrayList<List<byte[]>>();
        for (int i = 0; i <= longest; i++) {
            groups.add(new ArrayList<byte[]>());
        }
        for (String name : new LinkedHashSet<String>(canonicalNames)) {
            groups.get(name.length()).add(name.getBytes(StandardCharsets.ISO_8859_1));
        }
        byLength = new byte[longest + 1][][];
        for (int i = 0; i <= longest; i++) {
            byLength[i] = groups.get(i).toArray(new byte[0][]);
        }
    }

    @Override
    public boolean accepts(byte[] text, int from, int to) {
        int length = to - from;
        if (length >= byLength.length) {
            return false;
        }
        for (byte[] name : byLength[length]) {
            if (regionEquals(name, text, from)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text} holds {@code name} at {@code from} (the caller checked the length). */
    static boolean regionEquals(byte[] name, byte[] text, int from) {
        for (int i = 0; i < name.length; i++) {
            if (text[from + i] != name[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code text[from, to)} starts with {@code prefix}. */
    static boolean startsWith(byte[] text, int from, int to, byte[] prefix) {
        return to - from >= prefix.length && regionEquals(prefix, text, from);
    }
}
