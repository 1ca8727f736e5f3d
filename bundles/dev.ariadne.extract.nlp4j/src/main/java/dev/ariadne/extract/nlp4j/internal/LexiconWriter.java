package dev.ariadne.extract.nlp4j.internal;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a lexicon in the compact store format that {@link LexiconFile} reads.
 *
 * <p>Used by {@link StoreBuilder} at build time and by tests, on one thread: add entries with {@link #add}, then
 * {@link #write(Path)} once. Keys must be distinct; string lists given as values are shared, so a lexicon of a
 * million words pointing to a few thousand distinct lists stores each list once.
 */
final class LexiconWriter {

    private final int dim;
    private final List<String> keys = new ArrayList<>();
    private final List<Integer> values = new ArrayList<>();
    private final List<float[]> vectors = new ArrayList<>();
    private final Map<List<String>, Integer> listIds = new HashMap<>();
    private final List<List<String>> lists = new ArrayList<>();

    /** @param dim the vector dimension, or 0 for a lexicon without vectors */
    LexiconWriter(int dim) {
        this.dim = dim;
    }

    /** Adds a key whose value is a list of strings (stored once however many keys share it), or none (-1). */
    void add(String key, List<String> list) {
        int id = -1;
        if (list != null) {
            id = listIds.computeIfAbsent(List.copyOf(list), l -> {
                lists.add(l);
                return lists.size() - 1;
            });
        }
        addValue(key, id, null);
    }

    /** Adds a key with an int value and, when the lexicon has vectors, its vector. */
    void addValue(String key, int value, float[] vector) {
        if (dim > 0 && (vector == null || vector.length != dim)) {
            throw new IllegalArgumentException("vector of " + key + " is not of dimension " + dim);
        }
        keys.add(key);
        values.add(value);
        if (dim > 0) {
            vectors.add(vector);
        }
    }

    /** Writes the file, atomically: to a temporary file beside it, then renamed. */
    void write(Path file) throws IOException {
        int n = keys.size();
        int slots = Integer.highestOneBit(Math.max(4, n + n / 2)) << 1;
        int[] table = new int[slots];
        byte[][] keyBytes = new byte[n][];
        long keyTotal = 0;
        for (int e = 0; e < n; e++) {
            String key = keys.get(e);
            keyBytes[e] = key.getBytes(StandardCharsets.UTF_8);
            keyTotal += keyBytes[e].length;
            int h = LexiconFile.hash(key);
            int slot = h & (slots - 1);
            while (table[slot] != 0) {
                slot = (slot + 1) & (slots - 1);
            }
            table[slot] = e + 1;
        }
        long tableOffset = LexiconFile.HEADER;
        long keyOffsetsOffset = tableOffset + (long) slots * 4;
        long keyBytesOffset = keyOffsetsOffset + (long) (n + 1) * 4;
        long valuesOffset = keyBytesOffset + keyTotal;
        long vectorsOffset = valuesOffset + (dim > 0 ? 0 : (long) n * 4);
        long valueTableOffset = vectorsOffset + (dim > 0 ? (long) n * (4 + dim) : 0);
        if (valueTableOffset > Integer.MAX_VALUE / 2) {
            throw new IOException("lexicon too large for the compact format: " + valueTableOffset + " bytes");
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream os = Files.newOutputStream(tmp);
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os, 1 << 16))) {
            out.writeInt(LexiconFile.MAGIC);
            out.writeInt(LexiconFile.FORMAT);
            out.writeInt(n);
            out.writeInt(slots);
            out.writeInt(dim);
            out.writeInt(lists.size());
            out.writeInt((int) tableOffset);
            out.writeInt((int) keyOffsetsOffset);
            out.writeInt((int) keyBytesOffset);
            out.writeInt((int) valuesOffset);
            out.writeInt((int) vectorsOffset);
            out.writeInt((int) valueTableOffset);
            for (int i = 48; i < LexiconFile.HEADER; i++) {
                out.write(0);
            }
            for (int v : table) {
                out.writeInt(v);
            }
            int off = 0;
            for (int e = 0; e < n; e++) {
                out.writeInt(off);
                off += keyBytes[e].length;
            }
            out.writeInt(off);
            for (byte[] b : keyBytes) {
                out.write(b);
            }
            if (dim == 0) {
                for (int v : values) {
                    out.writeInt(v);
                }
            }
            for (float[] v : vectors) {
                float max = 0;
                for (float x : v) {
                    max = Math.max(max, Math.abs(x));
                }
                float scale = max == 0 ? 1f : max / 127f;
                out.writeFloat(scale);
                for (float x : v) {
                    out.writeByte(Math.round(x / scale));
                }
            }
            for (List<String> list : lists) {
                out.writeInt(list.size());
                for (String s : list) {
                    byte[] b = s.getBytes(StandardCharsets.UTF_8);
                    out.writeShort(b.length);
                    out.write(b);
                }
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
