package dev.ariadne.api.relations;

import java.util.List;
import java.util.Map;

import dev.ariadne.api.cases.Case;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The relation graph of a case. Implemented by the graph bundle; thread-safe and blocking.
 */
@ProviderType
public interface RelationService {

    /** Relations touching {@code entityId} (all when {@code null}) with at least {@code minWeight}, strongest first. */
    List<Relation> relations(Case aCase, String entityId, double minWeight, int limit);

    /** A centrality measure ({@code degree}, {@code betweenness}, {@code pagerank}) of every entity, by entity id. */
    Map<String, Double> centrality(Case aCase, String measure);
}
