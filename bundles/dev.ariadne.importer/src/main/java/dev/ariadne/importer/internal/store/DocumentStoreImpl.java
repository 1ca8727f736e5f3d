package dev.ariadne.importer.internal.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.documents.Document;
import dev.ariadne.api.documents.DocumentStore;
import dev.ariadne.api.documents.DocumentText;
import dev.ariadne.api.pipeline.DocumentStage;

/**
 * The {@link DocumentStore}: reads the tables of {@link DocumentsSchema} of the case it is given.
 *
 * <p>A DS component; callable from any thread (each call takes a connection of the case for its duration), so UI
 * code calls it from a job. A database failure is thrown as an {@link IllegalStateException} that names the case.
 * {@link #markStage} records the version of the {@link DocumentStage} service of that name, tracked here as a
 * {@code MULTIPLE, DYNAMIC, GREEDY} whiteboard, or an empty version when no such stage is registered.
 */
@Component(service = DocumentStore.class)
public class DocumentStoreImpl implements DocumentStore {

    /** Stage name to version, of the stages registered now. */
    final Map<DocumentStage, String[]> stages = new ConcurrentHashMap<>();

    @Reference(service = DocumentStage.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindStage(DocumentStage stage, Map<String, Object> properties) {
        Object name = properties.get(DocumentStage.NAME);
        Object version = properties.get(DocumentStage.VERSION);
        if (name != null) {
            stages.put(stage, new String[] {String.valueOf(name), version == null ? "" : String.valueOf(version)});
        }
    }

    void updatedStage(DocumentStage stage, Map<String, Object> properties) {
        stages.remove(stage);
        bindStage(stage, properties);
    }

    void unbindStage(DocumentStage stage) {
        stages.remove(stage);
    }

    @FunctionalInterface
    private interface Query<T> {
        T run(Connection connection) throws SQLException;
    }

    private static <T> T read(Case aCase, String what, Query<T> query) {
        try (Connection connection = aCase.connect()) {
            return query.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot " + what + " of case '" + aCase.name() + "': " + e.getMessage(),
                    e);
        }
    }

    @Override
    public int count(Case aCase) {
        return read(aCase, "count the documents", DocumentTables::count);
    }

    @Override
    public List<Document> list(Case aCase, int offset, int limit) {
        return read(aCase, "list the documents", connection -> DocumentTables.list(connection, offset, limit));
    }

    @Override
    public Optional<Document> get(Case aCase, String documentId) {
        return read(aCase, "read document " + documentId, connection -> DocumentTables.get(connection, documentId));
    }

    @Override
    public Optional<DocumentText> text(Case aCase, String documentId) {
        return read(aCase, "read the text of document " + documentId,
                connection -> DocumentTables.text(connection, documentId));
    }

    /** Reads the texts in one statement per hundred ids, on the caller's thread. */
    @Override
    public Map<String, DocumentText> texts(Case aCase, Collection<String> documentIds) {
        if (documentIds.isEmpty()) {
            return Map.of();
        }
        return read(aCase, "read the texts of " + documentIds.size() + " documents",
                connection -> DocumentTables.texts(connection, documentIds));
    }

    @Override
    public List<Document> children(Case aCase, String documentId) {
        return read(aCase, "list the children of document " + documentId,
                connection -> DocumentTables.children(connection, documentId));
    }

    @Override
    public void markStage(Case aCase, String documentId, String stage) {
        String version = versionOf(stage);
        read(aCase, "record stage " + stage + " of document " + documentId, connection -> {
            DocumentTables.markStage(connection, documentId, stage, version);
            return null;
        });
    }

    @Override
    public void markStages(Case aCase, Collection<String> documentIds, String stage) {
        String version = versionOf(stage);
        List<DocumentTables.StageMark> marks = new ArrayList<>();
        for (String documentId : documentIds) {
            marks.add(new DocumentTables.StageMark(documentId, stage, version));
        }
        read(aCase, "record stage " + stage + " of " + marks.size() + " documents", connection -> {
            DocumentTables.markStages(connection, marks);
            return null;
        });
    }

    /** The version of the registered stage of that name, or an empty version when there is none. */
    private String versionOf(String stage) {
        return stages.values().stream().filter(entry -> entry[0].equals(stage)).map(entry -> entry[1]).findFirst()
                .orElse("");
    }
}
