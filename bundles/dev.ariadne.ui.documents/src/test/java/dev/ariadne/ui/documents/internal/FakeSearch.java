package dev.ariadne.ui.documents.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.documents.Document;
import dev.ariadne.api.documents.DocumentText;
import dev.ariadne.api.search.SavedSearch;
import dev.ariadne.api.search.SearchException;
import dev.ariadne.api.search.SearchRequest;
import dev.ariadne.api.search.SearchResult;
import dev.ariadne.api.search.SearchResult.FacetValue;
import dev.ariadne.api.search.SearchResult.Hit;
import dev.ariadne.api.search.SearchResult.Snippet;
import dev.ariadne.api.search.SearchService;

/**
 * A {@link SearchService} over a {@link FakeStore}: a document matches when its text contains every plain word of
 * the query (field clauses are ignored); snippets surround the first occurrence of each word. An odd number of
 * quotes is a {@link SearchException}. Records the requests, history and saved searches.
 */
final class FakeSearch implements SearchService {

    final FakeStore store;
    final List<SearchRequest> requests = new CopyOnWriteArrayList<>();
    final List<String> history = new CopyOnWriteArrayList<>();
    final Map<String, SavedSearch> saved = new LinkedHashMap<>();

    FakeSearch(FakeStore store) {
        this.store = store;
    }

    @Override
    public SearchResult search(Case aCase, SearchRequest request) throws SearchException {
        requests.add(request);
        String query = request.query();
        if (query.chars().filter(c -> c == '"').count() % 2 == 1) {
            throw new SearchException("Cannot parse '" + query + "': a phrase is not closed (missing \")", null);
        }
        history.remove(query);
        history.add(0, query);
        List<String> words = new ArrayList<>();
        for (String token : query.replace("(", " ").replace(")", " ").replace("\"", " ").split("\\s+")) {
            if (!token.isBlank() && !token.contains(":") && !token.equals("AND") && !token.equals("OR")) {
                words.add(token.toLowerCase(Locale.ROOT));
            }
        }
        List<Hit> all = new ArrayList<>();
        Map<String, Long> types = new LinkedHashMap<>();
        List<Document> documents;
        synchronized (store) {
            documents = new ArrayList<>(store.documents);
        }
        for (Document document : documents) {
            DocumentText text = store.texts.get(document.id());
            String lower = text == null ? "" : text.text().toLowerCase(Locale.ROOT);
            if (words.isEmpty() || !words.stream().allMatch(lower::contains)) {
                continue;
            }
            List<Snippet> snippets = new ArrayList<>();
            for (String word : words) {
                int at = lower.indexOf(word);
                int from = Math.max(0, at - 30);
                int to = Math.min(lower.length(), at + word.length() + 60);
                snippets.add(new Snippet(from, text.text().substring(from, to),
                        new int[] {at - from, at - from + word.length()}));
            }
            all.add(new Hit(document.id(), document.metadata().title(), 1f + all.size() % 7, snippets));
            types.merge(document.metadata().mediaType(), 1L, Long::sum);
        }
        int from = Math.min(all.size(), request.offset());
        int to = Math.min(all.size(), from + request.limit());
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        if (request.facets().contains("type")) {
            List<FacetValue> values = new ArrayList<>();
            types.forEach((type, count) -> values.add(new FacetValue(type, count)));
            facets.put("type", values);
            facets.put("lang", List.of(new FacetValue("en", all.size())));
        }
        return new SearchResult(all.size(), all.subList(from, to), facets, 3);
    }

    @Override
    public List<String> history(Case aCase, int limit) {
        return history.stream().limit(limit).toList();
    }

    @Override
    public synchronized void save(Case aCase, SavedSearch search) {
        saved.put(search.name(), search);
    }

    @Override
    public synchronized List<SavedSearch> saved(Case aCase) {
        return List.copyOf(saved.values());
    }

    @Override
    public synchronized void deleteSaved(Case aCase, String name) {
        saved.remove(name);
    }
}
