package dev.ariadne.extract.nlp4j.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import it.unimi.dsi.fastutil.objects.Object2IntMap;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;

/** The feature index answers every look-up as the fastutil map it replaces. */
class FeatureIndexTest {

    @Test
    void answersAsTheMapItReplaces() {
        Object2IntOpenHashMap<String> source = new Object2IntOpenHashMap<>();
        source.defaultReturnValue(-7);
        Random random = new Random(42);
        for (int i = 0; i < 50_000; i++) {
            source.put("f" + random.nextInt(1_000_000) + "_" + (char) ('a' + i % 26), i);
        }
        source.put("", 3);
        FeatureIndex index = new FeatureIndex(source);
        assertEquals(source.size(), index.size());
        for (Object2IntMap.Entry<String> e : source.object2IntEntrySet()) {
            String copy = new String(e.getKey()); // a key built at decoding time, equal but not the same object
            assertEquals(e.getIntValue(), index.getInt(copy));
            assertEquals(Integer.valueOf(e.getIntValue()), index.getOrDefault(copy, -1));
            assertTrue(index.containsKey(copy));
        }
        for (int i = 0; i < 50_000; i++) {
            String absent = "g" + random.nextInt(1_000_000);
            assertEquals(-7, index.getInt(absent));
            assertEquals(Integer.valueOf(-1), index.getOrDefault(absent, -1));
            assertFalse(index.containsKey(absent));
        }
        assertNull(index.getOrDefault(42, null));
        Map<String, Integer> back = new HashMap<>();
        for (Object2IntMap.Entry<String> e : index.object2IntEntrySet()) {
            back.put(e.getKey(), e.getIntValue());
        }
        assertEquals(new HashMap<>(source), back);
        assertThrows(UnsupportedOperationException.class, () -> index.put("x", 1));
    }

    @Test
    void anEmptyMapStaysEmpty() {
        FeatureIndex index = new FeatureIndex(new Object2IntOpenHashMap<>());
        assertEquals(0, index.size());
        assertEquals(0, index.getInt("a"));
        assertFalse(index.object2IntEntrySet().iterator().hasNext());
    }
}
