package dev.ariadne.extract.nlp4j.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A read-only lexicon in the compact store format written by {@link LexiconWriter}: a vocabulary of keys, each with
 * an int value (an index into a small table of string lists) and optionally a vector of int8-quantised floats with a
 * per-row scale, found through an open-addressing hash table. The whole file is one {@link ByteBuffer}, normally
 * memory-mapped, so opening costs nothing but the small value table and the pages of keys actually looked up.
 *
 * <p>Made once by {@link Nlp4jEngine} on its loading thread; afterwards every method is safe to call from any number of
 * extraction threads at once (only absolute reads of the buffer). Returns entry indexes, values and fresh vectors.
 *
 * <p>Layout (big-endian): a 64-byte header (magic, format, entry count, slot count, vector dimension, value table
 * size, then the offsets of the sections), the hash table (per slot the entry + 1, 0 when empty; at most two thirds
 * full), the key offsets ({@code count + 1} ints into the key bytes), the key bytes (UTF-8), the values (one int per entry, only
 * without vectors), the vectors (per entry a float scale and {@code dim} signed bytes) and the value table (per list: a count, then per
 * string a short length and UTF-8 bytes).
 */
final class LexiconFile {

    static final int MAGIC = 0x41524C58; // "ARLX"
    static final int FORMAT = 1;
    static final int HEADER = 64;

    private final ByteBuffer buf;
    private final int count;
    private final int mask;
    private final int dim;
    private final int tableOffset;
    private final int keyOffsetsOffset;
    private final int keyBytesOffset;
    private final int valuesOffset;
    private final int vectorsOffset;
    private final List<List<String>> valueTable;

    LexiconFile(ByteBuffer buffer) {
        this.buf = buffer.duplicate();
        if (buf.getInt(0) != MAGIC || buf.getInt(4) != FORMAT) {
            throw new IllegalArgumentException("not a compact lexicon of format " + FORMAT);
        }
        count = buf.getInt(8);
        int slots = buf.getInt(12);
        mask = slots - 1;
        dim = buf.getInt(16);
        int tableSize = buf.getInt(20);
        tableOffset = buf.getInt(24);
        keyOffsetsOffset = buf.getInt(28);
        keyBytesOffset = buf.getInt(32);
        valuesOffset = buf.getInt(36);
        vectorsOffset = buf.getInt(40);
        int valueTableOffset = buf.getInt(44);
        List<List<String>> table = new ArrayList<>(tableSize);
        int p = valueTableOffset;
        for (int i = 0; i < tableSize; i++) {
            int n = buf.getInt(p);
            p += 4;
            List<String> list = new ArrayList<>(n);
            for (int j = 0; j < n; j++) {
                int len = buf.getShort(p) & 0xFFFF;
                p += 2;
                byte[] bytes = new byte[len];
                buf.get(p, bytes);
                p += len;
                list.add(new String(bytes, StandardCharsets.UTF_8).intern());
            }
            table.add(List.copyOf(list));
        }
        valueTable = List.copyOf(table);
    }

    /** Maps {@code file} read-only; the mapping stays valid after the channel is closed. */
    static LexiconFile map(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            return new LexiconFile(ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size()));
        }
    }

    /** The number of keys. */
    int size() {
        return count;
    }

    /** The vector dimension, 0 when the lexicon has no vectors. */
    int dimension() {
        return dim;
    }

    /** The distinct string lists that {@link #value(int)} indexes. */
    List<List<String>> valueTable() {
        return valueTable;
    }

    /** The entry of {@code key}, or -1 when it is not in the vocabulary (or null). */
    int find(String key) {
        if (key == null) {
            return -1;
        }
        int h = hash(key);
        int slot = h & mask;
        while (true) {
            int entry = buf.getInt(tableOffset + slot * 4);
            if (entry == 0) {
                return -1;
            }
            if (keyEquals(entry - 1, key)) {
                return entry - 1;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** The key of an entry. */
    String key(int entry) {
        int from = buf.getInt(keyOffsetsOffset + entry * 4);
        int to = buf.getInt(keyOffsetsOffset + entry * 4 + 4);
        byte[] bytes = new byte[to - from];
        buf.get(keyBytesOffset + from, bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The int value of an entry; for a lexicon with vectors, the entry itself. */
    int value(int entry) {
        return dim > 0 ? entry : buf.getInt(valuesOffset + entry * 4);
    }

    /** A new array holding the de-quantised vector of an entry. */
    float[] vector(int entry) {
        int at = vectorsOffset + entry * (4 + dim);
        float scale = buf.getFloat(at);
        at += 4;
        float[] v = new float[dim];
        for (int i = 0; i < dim; i++) {
            v[i] = buf.get(at + i) * scale;
        }
        return v;
    }

    /** The quantisation step of an entry's vector: each component is within half of it of the original. */
    float scale(int entry) {
        return buf.getFloat(vectorsOffset + entry * (4 + dim));
    }

    private boolean keyEquals(int entry, String key) {
        int p = keyBytesOffset + buf.getInt(keyOffsetsOffset + entry * 4);
        int end = keyBytesOffset + buf.getInt(keyOffsetsOffset + entry * 4 + 4);
        int n = key.length();
        for (int i = 0; i < n; i++) {
            int c = key.charAt(i);
            if (c < 0x80) {
                if (p >= end || buf.get(p++) != (byte) c) {
                    return false;
                }
                continue;
            }
            if (Character.isHighSurrogate((char) c) && i + 1 < n && Character.isLowSurrogate(key.charAt(i + 1))) {
                c = Character.toCodePoint((char) c, key.charAt(++i));
            } else if (Character.isSurrogate((char) c)) {
                c = '?'; // an unpaired surrogate, as String.getBytes(UTF_8) writes it
            }
            // the code point's UTF-8 bytes, compared one by one as they are made
            int length = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
            if (p + length > end) {
                return false;
            }
            int lead = length == 1 ? c : length == 2 ? 0xC0 | c >> 6 : length == 3 ? 0xE0 | c >> 12 : 0xF0 | c >> 18;
            if (buf.get(p++) != (byte) lead) {
                return false;
            }
            for (int shift = 6 * (length - 2); shift >= 0; shift -= 6) {
                if (buf.get(p++) != (byte) (0x80 | (c >> shift) & 0x3F)) {
                    return false;
                }
            }
        }
        return p == end;
    }

    /** The hash both the writer and the reader use: FNV-1a over the UTF-16 units, then a final mix. */
    static int hash(String key) {
        int h = 0x811C9DC5;
        for (int i = 0, n = key.length(); i < n; i++) {
            h = (h ^ key.charAt(i)) * 0x01000193;
        }
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }
}
