package dev.ariadne.search.lucene.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCacheTest {

    @Test
    void keepsTheMostRecentlyUsedTextsWithinItsBudget() {
        TextCache cache = new TextCache(40);
        cache.put("a", "0123456789");
        cache.put("b", "0123456789");
        cache.put("c", "0123456789");
        assertThat(cache.get("a")).isPresent();
        cache.put("d", "0123456789");
        cache.put("e", "0123456789");
        assertThat(cache.size()).isLessThanOrEqualTo(40);
        assertThat(cache.get("a")).isPresent();
        assertThat(cache.get("b")).isEmpty();
    }

    @Test
    void aTextLongerThanAQuarterOfTheBudgetIsNotKept() {
        TextCache cache = new TextCache(40);
        cache.put("long", "01234567890");
        assertThat(cache.get("long")).isEmpty();
        cache.put("short", "0123456789");
        cache.put("short", "0123");
        assertThat(cache.get("short")).contains("0123");
        assertThat(cache.size()).isEqualTo(4);
        cache.budget(0);
        cache.put("x", "");
        assertThat(cache.size()).isZero();
    }
}
