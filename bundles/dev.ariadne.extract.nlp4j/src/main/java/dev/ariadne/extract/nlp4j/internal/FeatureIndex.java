package dev.ariadne.extract.nlp4j.internal;

import java.lang.reflect.Field;
import java.util.List;
import java.util.NoSuchElementException;

import edu.emory.mathcs.nlp.component.template.OnlineComponent;
import edu.emory.mathcs.nlp.component.template.feature.FeatureTemplate;
import edu.emory.mathcs.nlp.learning.util.FeatureMap;
import it.unimi.dsi.fastutil.objects.AbstractObject2IntMap;
import it.unimi.dsi.fastutil.objects.AbstractObjectIterator;
import it.unimi.dsi.fastutil.objects.AbstractObjectSet;
import it.unimi.dsi.fastutil.objects.Object2IntMap;
import it.unimi.dsi.fastutil.objects.ObjectIterator;
import it.unimi.dsi.fastutil.objects.ObjectSet;

/**
 * A read-only string-to-index map for NLP4J's feature maps, put in place of the hash maps a model is read with.
 *
 * <p>Decoding looks up every feature string of every token (most of them unknown to the model) through
 * {@code Map.getOrDefault}: on NLP4J's fastutil maps that is two probes for an unknown key and a boxed result for a
 * known one, and each probe compares the key with every string of its collision chain, a cache miss per string.
 * Here the table is kept at most half full and stores each key's hash and value side by side in one int array, so
 * an unknown key is mostly told apart within one cache line of that array without touching any string, and a known
 * key is compared once; one probe answers both cases. (A model's tables take megabytes, so each array a probe
 * touches is mostly a cache miss, the more so while other threads share the cache.)
 *
 * <p>Made by {@link #install} on the engine's loading threads, once per model, before the model is used; read by any
 * number of decoding threads at once afterwards (immutable). Returns the same indexes as the map it replaces.
 */
final class FeatureIndex extends AbstractObject2IntMap<String> {

    private static final long serialVersionUID = 1L;
    private static final Field FEATURE_MAP = field(FeatureTemplate.class, "feature_map");

    private final String[] keys;
    /** Per slot, the key's hash with its lowest bit set ({@link #tag}; 0 marks an empty slot), then its value. */
    private final int[] slots;
    private final int mask;
    private final int size;

    FeatureIndex(Object2IntMap<String> source) {
        int capacity = Integer.highestOneBit(Math.max(4, source.size() * 2 - 1)) << 1;
        keys = new String[capacity];
        slots = new int[2 * capacity];
        mask = capacity - 1;
        int n = 0;
        for (Object2IntMap.Entry<String> e : source.object2IntEntrySet()) {
            String key = e.getKey();
            if (key == null) {
                continue; // NLP4J never stores a null feature
            }
            int h = mix(key.hashCode());
            int i = h & mask;
            while (slots[2 * i] != 0) {
                i = (i + 1) & mask;
            }
            keys[i] = key;
            slots[2 * i] = tag(h);
            slots[2 * i + 1] = e.getIntValue();
            n++;
        }
        size = n;
        defaultReturnValue(source.defaultReturnValue());
    }

    /**
     * Replaces the feature maps of a model read for decoding with {@link FeatureIndex}es.
     *
     * @return how many maps were replaced
     */
    static int install(OnlineComponent<?, ?> model) {
        FeatureTemplate<?, ?> template = model.getFeatureTemplate();
        if (template == null) {
            return 0;
        }
        FeatureMap features;
        try {
            features = (FeatureMap) FEATURE_MAP.get(template);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        if (features == null) {
            return 0;
        }
        List<Object2IntMap<String>> maps = features.getIndexMaps();
        int replaced = 0;
        for (int i = 0; i < maps.size(); i++) {
            Object2IntMap<String> map = maps.get(i);
            if (map != null && !(map instanceof FeatureIndex)) {
                maps.set(i, new FeatureIndex(map));
                replaced++;
            }
        }
        return replaced;
    }

    private static Field field(Class<?> type, String name) {
        try {
            Field f = type.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("this NLP4J has no " + type.getSimpleName() + "." + name, e);
        }
    }

    /** Spreads the bits of a string hash (strings that differ in their last chars differ in the low bits only). */
    private static int mix(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }

    /** The slot of {@code key}, or -1. */
    private int slot(Object key) {
        if (!(key instanceof String s)) {
            return -1;
        }
        int h = mix(s.hashCode());
        int tag = tag(h);
        int i = h & mask;
        int t;
        while ((t = slots[2 * i]) != 0) {
            if (t == tag) {
                String k = keys[i];
                if (k == s || k.equals(s)) {
                    return i;
                }
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    /** A hash as stored: never 0, which marks an empty slot (keys whose hashes differ in bit 0 only compare once). */
    private static int tag(int h) {
        return h | 1;
    }

    @Override
    public int getInt(Object key) {
        int i = slot(key);
        return i < 0 ? defRetValue : slots[2 * i + 1];
    }

    /** What {@code FeatureMap.index} calls: one probe, whether the key is there or not. */
    @Override
    public Integer getOrDefault(Object key, Integer defaultValue) {
        int i = slot(key);
        return i < 0 ? defaultValue : Integer.valueOf(slots[2 * i + 1]);
    }

    @Override
    public boolean containsKey(Object key) {
        return slot(key) >= 0;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public int put(String key, int value) {
        throw new UnsupportedOperationException("a decoding model's features are read-only");
    }

    @Override
    public ObjectSet<Object2IntMap.Entry<String>> object2IntEntrySet() {
        return new AbstractObjectSet<>() {
            @Override
            public ObjectIterator<Object2IntMap.Entry<String>> iterator() {
                return new AbstractObjectIterator<>() {
                    private int next = advance(0);

                    private int advance(int from) {
                        int i = from;
                        while (i < keys.length && keys[i] == null) {
                            i++;
                        }
                        return i;
                    }

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Object2IntMap.Entry<String> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        Object2IntMap.Entry<String> e = new BasicEntry<>(keys[next], slots[2 * next + 1]);
                        next = advance(next + 1);
                        return e;
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
